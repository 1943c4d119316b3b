/**
 * "Pohon kinerja": the last check's cascade as a tree — unit → Sasaran → IKU → the child units'
 * IKU — to open and close, zoom, filter by unit, walk by keyboard, and download as SVG or PNG.
 * Loaded only when its tab is first opened (the pane's first load stays within its budget).
 *
 * At 270 px a picture of 236-px boxes either shrinks below reading size or pans both ways, so the
 * tree is an indented outline: names wrap, it scrolls one way, a screen reader and the keyboard
 * walk it as a tree, and the picture itself is what "Unduh SVG / PNG" gives.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PohonView as PohonData } from "../app/engine";
import type { Severity } from "../core/findings";
import { SEVERITY_LABEL } from "../core/messages";
import { percentText } from "../core/numbers";
import type { PohonNode } from "../core/pohon";
import { BORDER, EDGE_STYLE, SEVERITY_COLOUR } from "../core/palette";
import { errorSentence } from "./errors";
import { FindingItems } from "./FindingItem";
import { useI18n } from "./i18n";
import { usePane, useSelectCell, type LastCheck } from "./paneState";
import { indicatorCount, initiallyOpen, nodeById, openable } from "./pohonOutline";
import { pngFromSvg, pohonFileName, saveBlob, svgBlob } from "./pohonExport";
import { PohonTree, borderStyle } from "./PohonTree";
import { useViewStyles } from "./viewLayout";

const useStyles = makeStyles({
  box: {
    maxHeight: "65vh",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
  },
  legendItem: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    listStyle: "none",
  },
  line: { display: "inline-block", width: "28px", height: 0 },
  swatch: { display: "inline-block", width: "14px", height: "12px" },
  zoom: { alignSelf: "center", minWidth: "3.5em", textAlign: "center" },
  select: {
    width: "100%",
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
});

const ZOOMS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 2];

interface Shown {
  /** Which tree this is: a new one starts with its own open nodes, selection and zoom. */
  serial: number;
  check: LastCheck;
  unit: string;
  data: PohonData;
}

export default function PohonView({ active }: { active: boolean }) {
  const { engine, check, setNotice } = usePane();
  const { lang, t } = useI18n();
  const styles = useViewStyles();
  const [unit, setUnit] = useState("");
  const [shown, setShown] = useState<Shown>();
  const [loading, setLoading] = useState(false);
  const ready = !!check && !check.empty;
  const current = shown && shown.check === check && shown.unit === unit ? shown : undefined;
  const serial = useRef(0);
  const langRef = useRef({ lang, t });
  langRef.current = { lang, t };

  useEffect(() => {
    if (!active || !check || check.empty || current) return;
    let stale = false;
    setLoading(true);
    engine
      .pohon(unit ? { unit } : {})
      .then((data) => {
        if (!stale) setShown({ serial: ++serial.current, check, unit, data });
      })
      .catch((error: unknown) => {
        const { lang: l, t: words } = langRef.current;
        if (!stale)
          setNotice({
            intent: "error",
            text: words.failed(words.operations.pohon, errorSentence(error, l, words)),
          });
      })
      .finally(() => {
        if (!stale) setLoading(false);
      });
    return () => {
      stale = true;
      setLoading(false);
    };
  }, [active, check, current, engine, setNotice, unit]);

  // the units of the last tree drawn stay offered while another is drawn
  const units = shown?.check === check ? shown?.data.units : undefined;
  return (
    <div className={styles.view}>
      <Body1>{t.pohonIntro}</Body1>
      {!check && <Body1>{t.pohonCheckFirst}</Body1>}
      {check?.empty && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noIndicators}</MessageBarBody>
        </MessageBar>
      )}
      {ready && units && units.length > 1 && (
        <UnitFilter units={units} value={unit} onChange={setUnit} />
      )}
      {ready && loading && !current && <Spinner size="tiny" label={t.pohonLoading} />}
      {ready && current && (
        <PohonPanel key={current.serial} data={current.data} check={current.check} unit={unit} />
      )}
    </div>
  );
}

function UnitFilter({
  units,
  value,
  onChange,
}: {
  units: PohonData["units"];
  value: string;
  onChange(unit: string): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Field label={t.pohonUnitFilter}>
      <Select className={styles.select} value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t.pohonAllUnits}</option>
        {units.map((u) => (
          <option key={u.name} value={u.name}>
            {`${"\u00a0\u00a0".repeat(Math.min(u.depth, 6))}${u.name}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function PohonPanel({ data, check, unit }: { data: PohonData; check: LastCheck; unit: string }) {
  const { engine, busy, run, setNotice, downloadToSave } = usePane();
  const { lang, t } = useI18n();
  const styles = useStyles();
  const view = useViewStyles();
  const { pohon } = data;
  const [open, setOpen] = useState<Set<string>>(() => initiallyOpen(pohon));
  const [selected, setSelected] = useState<string>();
  const [zoom, setZoom] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  const node = useMemo(() => (selected ? nodeById(pohon, selected) : undefined), [pohon, selected]);
  const iku = useMemo(() => indicatorCount(pohon), [pohon]);

  const onOpen = useCallback((id: string, isOpen: boolean) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const onSelect = useSelectCell();

  const onActivate = (n: PohonNode) => {
    setSelected(n.id);
    if (n.at) onSelect?.(n.at.sheet, n.at.cell);
  };

  const zoomBy = (step: 1 | -1) =>
    setZoom((z) =>
      step > 0
        ? (ZOOMS.find((s) => s > z + 0.001) ?? z)
        : ([...ZOOMS].reverse().find((s) => s < z - 0.001) ?? z)
    );
  // the zoom at which the widest line of the tree fits the box, at most 100 %
  const fit = () => {
    const el = box.current;
    if (!el || el.scrollWidth === 0) return;
    const natural = el.scrollWidth / zoom;
    setZoom(Math.max(ZOOMS[0], Math.min(1, Math.floor((el.clientWidth / natural) * 20) / 20)));
  };

  const download = (kind: "svg" | "png") =>
    void run("pohonExport", async () => {
      const svg = await engine.pohonSvg({ ...(unit ? { unit } : {}), lang });
      const name = pohonFileName(unit || undefined, kind);
      let blob: Blob;
      if (kind === "svg") blob = svgBlob(svg);
      else {
        try {
          blob = await pngFromSvg(svg);
        } catch {
          throw new Error(t.pohonPngFailed);
        }
      }
      saveBlob(blob, name);
      setNotice({ intent: "success", text: t.pohonDownloaded(name) });
    });

  const findings = node?.findings.map((f) => check.result.findings[f.index]).filter(Boolean);
  return (
    <>
      <div className={view.actions} role="group" aria-label={t.pohonToolbar}>
        <Button size="small" onClick={() => setOpen(openable(pohon))}>
          {t.pohonExpandAll}
        </Button>
        <Button size="small" onClick={() => setOpen(new Set())}>
          {t.pohonCollapseAll}
        </Button>
        <Button
          size="small"
          aria-label={t.pohonZoomOut}
          title={t.pohonZoomOut}
          disabled={zoom <= ZOOMS[0]}
          onClick={() => zoomBy(-1)}
        >
          −
        </Button>
        <Caption1
          className={styles.zoom}
          role="status"
          aria-label={t.pohonZoom(percentText(Math.round(zoom * 100), lang))}
        >
          {percentText(Math.round(zoom * 100), lang)}
        </Caption1>
        <Button
          size="small"
          aria-label={t.pohonZoomIn}
          title={t.pohonZoomIn}
          disabled={zoom >= ZOOMS[ZOOMS.length - 1]}
          onClick={() => zoomBy(1)}
        >
          +
        </Button>
        <Button size="small" onClick={fit}>
          {t.pohonZoomFit}
        </Button>
      </div>
      <div className={view.actions}>
        <Button size="small" disabled={!!busy} onClick={() => download("svg")}>
          {t.pohonDownloadSvg}
        </Button>
        <Button size="small" disabled={!!busy} onClick={() => download("png")}>
          {t.pohonDownloadPng}
        </Button>
      </div>
      {!downloadToSave && <Caption1>{t.pohonDownloadHint}</Caption1>}
      <PohonLegend />
      <Caption1>
        {t.pohonCounts(pohon.nodes, iku)} · {t.pohonKeys}
      </Caption1>
      {pohon.roots.length === 0 ? (
        <Body1>{t.pohonEmpty}</Body1>
      ) : (
        <div ref={box} className={styles.box}>
          <PohonTree
            pohon={pohon}
            open={open}
            onOpen={onOpen}
            selected={selected}
            onActivate={onActivate}
            zoom={zoom}
            label={t.pohonTreeLabel}
          />
        </div>
      )}
      {pohon.unplaced.length > 0 && <Caption1>{t.pohonUnplaced(pohon.unplaced.length)}</Caption1>}
      {node && (
        <section aria-label={t.pohonNodeFindings(node.label)}>
          <Subtitle2 as="h2">{node.label}</Subtitle2>
          {node.at && (
            <Caption1 block>{t.pohonNodeCell(`${node.at.sheet}!${node.at.cell}`)}</Caption1>
          )}
          {findings && findings.length > 0 ? (
            <FindingItems findings={findings} onSelect={onSelect} />
          ) : (
            <Body1>{t.pohonNoFindings}</Body1>
          )}
        </section>
      )}
    </>
  );
}

/** The lines by cascade type and the colours by worst finding, as the SVG's legend has them. */
function PohonLegend() {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const edges = ["full", "partial", "contributing"] as const;
  const swatches: Array<{ label: string; fill: string; border: string; dashed?: boolean }> = [
    ...(["error", "warning", "info"] as Severity[]).map((s) => ({
      label: SEVERITY_LABEL[lang][s],
      fill: `#${SEVERITY_COLOUR[s]}`,
      border: BORDER[s],
    })),
    { label: t.pohonLegendNone, fill: "#FFFFFF", border: BORDER.none },
    {
      label: t.pohonLegendMissing,
      fill: `#${SEVERITY_COLOUR.error}`,
      border: BORDER.error,
      dashed: true,
    },
  ];
  return (
    <ul className={styles.legend} aria-label={t.pohonLegendLabel}>
      {edges.map((e) => (
        <li key={e} className={styles.legendItem}>
          <span
            aria-hidden
            className={styles.line}
            style={{ borderTop: `2px ${borderStyle(e)} ${EDGE_STYLE[e].stroke}` }}
          />
          <Caption1>
            {t.pohonLegendEdge(t.pohonEdges[e])} ({t.pohonEdgeLetters[e]})
          </Caption1>
        </li>
      ))}
      {swatches.map((s) => (
        <li key={s.label} className={styles.legendItem}>
          <span
            aria-hidden
            className={styles.swatch}
            style={{
              backgroundColor: s.fill,
              borderWidth: "1px",
              borderColor: s.border,
              borderStyle: s.dashed ? "dashed" : "solid",
            }}
          />
          <Caption1>{s.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
