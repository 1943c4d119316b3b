/**
 * The long findings list: loaded only when a check gives more findings than are drawn whole, so
 * the virtualiser stays out of the pane's first load.
 */
import { Body1Strong, Text } from "@fluentui/react-components";
import { measureElement, useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../core/findings";
import { numberText } from "../core/numbers";
import { listRows } from "./findingGroups";
import { useFindingStyles as useStyles } from "./findingStyles";
import { FindingItem, SeverityHeading, type ListActions } from "./FindingItem";
import { useI18n } from "./i18n";

/**
 * The same headings and findings as one column of rows, only those near the window drawn; rows are
 * measured as drawn (a finding's help opened makes it taller). The page scrolls, as in the pane.
 */
export default function WindowedFindings({
  findings,
  ...actions
}: { findings: Finding[] } & ListActions) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const rows = useMemo(() => listRows(findings, t.noUnit), [findings, t.noUnit]);
  const list = useRef<HTMLDivElement>(null);
  // where the list starts on the page: the rows above it (filters, summary) scroll first
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const box = list.current?.getBoundingClientRect();
    if (box) setTop(box.top + window.scrollY);
  }, []);
  const windowed = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i].kind === "finding" ? 88 : 36),
    getItemKey: (i) => rows[i].key,
    overscan: 6,
    // React 19: a synchronous re-render from each measurement nests updates past React's limit
    useFlushSync: false,
    scrollMargin: top,
    // in a hidden tab every row measures 0 px: taken as its size, the whole list would fit the
    // window and be drawn, row after row (React stops it as an endless update); the row keeps the
    // size it had, and is measured again when the tab shows
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      if (size > 0 || (element as HTMLElement).offsetParent !== null) return size;
      const index = instance.indexFromElement(element);
      return instance.measurementsCache[index]?.size ?? size;
    },
  });
  return (
    <div ref={list} style={{ position: "relative", height: windowed.getTotalSize() }}>
      {windowed.getVirtualItems().map((item) => {
        const row = rows[item.index];
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={windowed.measureElement}
            className={row.kind === "finding" && row.person ? styles.person : undefined}
            style={{
              position: "absolute",
              top: 0,
              left: 0,
              width: "100%",
              transform: `translateY(${item.start - top}px)`,
            }}
          >
            {row.kind === "severity" ? (
              <SeverityHeading severity={row.severity} count={row.count} />
            ) : row.kind === "unit" ? (
              <Body1Strong as="h3" className={styles.unit}>
                {row.label} ({numberText(row.count, lang)})
              </Body1Strong>
            ) : row.kind === "person" ? (
              <Text as="h4" weight="semibold" className={`${styles.unit} ${styles.person}`}>
                {row.label} ({numberText(row.count, lang)})
              </Text>
            ) : (
              <FindingItem as="div" finding={row.finding} {...actions} />
            )}
          </div>
        );
      })}
    </div>
  );
}
