/**
 * The Pohon tab's place in the pane: its view (the tree, its keyboard, its export) is a chunk of
 * its own, fetched the first time the tab is opened, so the pane's first load does not carry it.
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { useI18n } from "./i18n";

const PohonView = lazy(() => import("./PohonView"));

export function PohonTab({ active }: { active: boolean }) {
  const { t } = useI18n();
  // once opened it stays mounted (hidden), like every view: the tree keeps its open nodes
  const [opened, setOpened] = useState(active);
  if (active && !opened) setOpened(true);
  if (!opened) return <></>;
  return (
    <Suspense fallback={<Spinner size="tiny" label={t.pohonLoading} />}>
      <PohonView active={active} />
    </Suspense>
  );
}
