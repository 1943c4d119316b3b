/**
 * The pohon kinerja as an outline the keyboard walks (the WAI-ARIA tree pattern): one tab stop,
 * arrows up and down through the nodes shown, right opens or goes in, left closes or goes up,
 * Home and End, Enter (or a click) opens the node's findings. The line into each node is drawn in
 * its cascade type's style (Penuh solid, Sebagian dashed, Kontribusi dotted, as in the SVG), and
 * each node is filled with its worst finding's colour, a closed node with the worst below it.
 */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { SEVERITY_LABEL } from "../core/messages";
import { numberText, percentText } from "../core/numbers";
import type { Pohon, PohonEdge, PohonNode } from "../core/pohon";
import { targetText } from "../core/targetText";
import { BORDER, EDGE_STYLE, SEVERITY_COLOUR } from "../core/palette";
import { useI18n, type Lang, type Strings } from "./i18n";
import { shownSeverity, visibleRows } from "./pohonOutline";

const useStyles = makeStyles({
  tree: { margin: 0, padding: 0, listStyle: "none" },
  group: { margin: 0, padding: 0, listStyle: "none" },
  item: {
    position: "relative",
    listStyle: "none",
    outline: "none",
    "&:focus-visible > div:first-of-type, &:focus > div:first-of-type": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  child: { marginLeft: "10px", paddingLeft: "16px", paddingTop: "4px" },
  vline: { position: "absolute", left: 0, top: 0, width: 0 },
  hline: { position: "absolute", left: 0, top: "20px", width: "14px", height: 0 },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    minWidth: "150px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
  },
  selected: { boxShadow: `inset 4px 0 0 ${tokens.colorBrandStroke1}` },
  twisty: { width: "12px", flexShrink: 0, color: tokens.colorNeutralForeground2 },
  body: { minWidth: 0, overflowWrap: "anywhere" },
  kind: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  letter: {
    marginLeft: tokens.spacingHorizontalXS,
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  findings: { fontWeight: tokens.fontWeightSemibold },
});

/** A CSS border style for a link's SVG dash pattern. */
export function borderStyle(edge: PohonEdge): "solid" | "dashed" | "dotted" {
  if (edge === "contributing") return "dotted";
  return EDGE_STYLE[edge].dash ? "dashed" : "solid";
}

/** A node's fill and border: its worst finding's colours, the kind's own when it has none. */
function nodeColours(node: PohonNode, isOpen: boolean) {
  const severity = shownSeverity(node, isOpen);
  const fill = severity
    ? `#${SEVERITY_COLOUR[severity]}`
    : node.kind === "unit"
      ? "#EDF1F7"
      : node.kind === "objective"
        ? "#F7F7F7"
        : "#FFFFFF";
  return { severity, fill, border: BORDER[severity ?? "none"] };
}

/** "IKU 1.2" as planners say it, without doubling a written "IKU 5". */
function ikuTag(code: string | undefined, t: Strings): string {
  if (!code) return t.pohonKinds.indicator;
  return /^(iku|ik|iki|rhk)\b/i.test(code) ? code : `${t.pohonKinds.indicator} ${code}`;
}

/** What a node says, line by line, and the same as one sentence for a screen reader. */
function nodeText(node: PohonNode, isOpen: boolean, lang: Lang, t: Strings) {
  const kind =
    node.kind === "indicator"
      ? `${ikuTag(node.code, t)}${node.edge !== "structure" ? ` · ${node.unit}` : ""}`
      : t.pohonKinds[node.kind];
  const share = node.share
    ? ` · ${t.pohonShare} ${
        node.share.kind === "percent"
          ? percentText(node.share.value, lang)
          : numberText(node.share.value, lang)
      }`
    : "";
  const edge = node.edge === "structure" ? "" : t.pohonEdges[node.edge];
  const detail =
    node.kind === "indicator"
      ? `${t.pohonTarget}: ${targetText(node.target, node.satuan, lang)}${share}`
      : node.kind === "missing"
        ? `${t.pohonRequired}: ${edge || t.pohonEdges.unknown}${share}`
        : "";
  const severity = shownSeverity(node, isOpen);
  const findings =
    node.findings.length > 0
      ? `${t.pohonFindingCount(node.findings.length)} · ${SEVERITY_LABEL[lang][node.severity ?? "info"]}`
      : "";
  const below =
    !isOpen && node.children.length > 0 && severity && node.kind !== "missing"
      ? t.pohonWorstBelow(SEVERITY_LABEL[lang][severity])
      : "";
  const status = [findings, below].filter(Boolean).join(" · ");
  const edgeWords =
    edge && node.kind !== "missing" ? `${edge}${node.inferred ? ` (${t.pohonInferred})` : ""}` : "";
  const spoken = [`${kind}: ${node.label}`, edgeWords, detail, status].filter(Boolean).join(". ");
  return { kind, detail, status, spoken };
}

export interface PohonTreeProps {
  pohon: Pohon;
  open: ReadonlySet<string>;
  onOpen(id: string, open: boolean): void;
  /** The node whose findings are shown. */
  selected?: string;
  onActivate(node: PohonNode): void;
  zoom: number;
  label: string;
}

export function PohonTree({
  pohon,
  open,
  onOpen,
  selected,
  onActivate,
  zoom,
  label,
}: PohonTreeProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const rows = useMemo(() => visibleRows(pohon, open), [pohon, open]);
  const [focused, setFocused] = useState<string | undefined>(rows[0]?.node.id);
  // the one tab stop: the focused node while it shows, else the first
  const stop = rows.some((r) => r.node.id === focused) ? focused : rows[0]?.node.id;
  const items = useRef(new Map<string, HTMLLIElement>());
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current || stop === undefined) return;
    moved.current = false;
    items.current.get(stop)?.focus();
  }, [stop]);

  const move = (id: string | undefined) => {
    if (id === undefined) return;
    moved.current = true;
    setFocused(id);
    // the same node again (a click on the focused one): the effect would not run
    if (id === stop) items.current.get(id)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // the node the key was pressed on (focus may have moved there before the state followed)
    const on = (e.target as HTMLElement).closest?.('[role="treeitem"]')?.getAttribute("data-node");
    const at = rows.findIndex((r) => r.node.id === (on ?? stop));
    if (at < 0) return;
    const row = rows[at];
    const hasChildren = row.node.children.length > 0;
    const isOpen = open.has(row.node.id);
    let handled = true;
    switch (e.key) {
      case "ArrowDown":
        move(rows[at + 1]?.node.id);
        break;
      case "ArrowUp":
        move(rows[at - 1]?.node.id);
        break;
      case "ArrowRight":
        if (hasChildren && !isOpen) onOpen(row.node.id, true);
        else if (hasChildren) move(rows[at + 1]?.node.id);
        break;
      case "ArrowLeft":
        if (hasChildren && isOpen) onOpen(row.node.id, false);
        else move(row.parent);
        break;
      case "Home":
        move(rows[0]?.node.id);
        break;
      case "End":
        move(rows[rows.length - 1]?.node.id);
        break;
      case "Enter":
      case " ":
        onActivate(row.node);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const render = (node: PohonNode, depth: number, last: boolean): ReactNode => {
    const isOpen = open.has(node.id);
    const hasChildren = node.children.length > 0;
    const { severity, fill, border } = nodeColours(node, isOpen);
    const words = nodeText(node, isOpen, lang, t);
    const edge = EDGE_STYLE[node.edge];
    const line = `${edge.width >= 2 ? 2 : 1}px ${borderStyle(node.edge)} ${edge.stroke}`;
    const letter = t.pohonEdgeLetters[node.edge];
    return (
      <li
        key={node.id}
        ref={(el) => {
          if (el) items.current.set(node.id, el);
          else items.current.delete(node.id);
        }}
        role="treeitem"
        aria-level={depth + 1}
        aria-expanded={hasChildren ? isOpen : undefined}
        aria-selected={selected === node.id}
        aria-label={words.spoken}
        tabIndex={node.id === stop ? 0 : -1}
        data-node={node.id}
        data-severity={severity ?? "none"}
        data-edge={node.edge}
        className={`${styles.item}${depth > 0 ? ` ${styles.child}` : ""}`}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocused(node.id);
        }}
      >
        {depth > 0 && (
          <>
            <span
              aria-hidden
              className={styles.vline}
              style={{ borderLeft: line, ...(last ? { height: "21px" } : { bottom: 0 }) }}
            />
            <span aria-hidden className={styles.hline} style={{ borderTop: line }} />
          </>
        )}
        <div
          className={`${styles.row}${selected === node.id ? ` ${styles.selected}` : ""}`}
          style={{
            backgroundColor: fill,
            borderWidth: "1px",
            borderColor: border,
            borderStyle: node.kind === "missing" ? "dashed" : "solid",
          }}
          onClick={(e) => {
            e.stopPropagation();
            move(node.id);
            onActivate(node);
          }}
        >
          <span
            aria-hidden
            className={styles.twisty}
            onClick={(e) => {
              if (!hasChildren) return;
              e.stopPropagation();
              move(node.id);
              onOpen(node.id, !isOpen);
            }}
          >
            {hasChildren ? (isOpen ? "▾" : "▸") : ""}
          </span>
          <div className={styles.body} aria-hidden>
            <Caption1 block className={styles.kind}>
              {words.kind}
              {letter && (
                <span className={styles.letter} title={t.pohonEdges[node.edge]}>
                  {letter}
                </span>
              )}
            </Caption1>
            <Text block weight={node.kind === "unit" ? "semibold" : "regular"}>
              {node.label}
            </Text>
            {words.detail && <Caption1 block>{words.detail}</Caption1>}
            {words.status && (
              <Caption1 block className={styles.findings}>
                {words.status}
              </Caption1>
            )}
          </div>
        </div>
        {hasChildren && isOpen && (
          <ul role="group" className={styles.group}>
            {node.children.map((c, i) => render(c, depth + 1, i === node.children.length - 1))}
          </ul>
        )}
      </li>
    );
  };

  return (
    <ul
      role="tree"
      aria-label={label}
      className={styles.tree}
      style={{ zoom }}
      onKeyDown={onKeyDown}
    >
      {pohon.roots.map((root, i) => render(root, 0, i === pohon.roots.length - 1))}
    </ul>
  );
}
