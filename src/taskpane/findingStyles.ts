/** The findings list's styles, shared by its grouped and windowed forms. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingStyles = makeStyles({
  severity: { marginTop: tokens.spacingVerticalM },
  severityHeading: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: "6px",
    borderLeftStyle: "solid",
  },
  unit: { marginTop: tokens.spacingVerticalS, display: "block" },
  list: { margin: 0, paddingLeft: 0, listStyle: "none" },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  link: { textAlign: "left", display: "flex", flexDirection: "column" },
  message: { display: "block" },
  person: { paddingLeft: tokens.spacingHorizontalM },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    // a long unit name in a select must not widen the pane
    "& > *": { minWidth: 0 },
  },
  fit: {
    width: "100%",
    "& select": { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  summary: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  summaryRow: {
    display: "flex",
    flexDirection: "column",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  suggestions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    marginTop: tokens.spacingVerticalXXS,
  },
});
