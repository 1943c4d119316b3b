/**
 * The help texts shown on request (what a finding code means and how to fix it, the glossary):
 * loaded as their own chunk when first opened, so the pane's first load does without them.
 */
import { Caption1, Caption1Strong, Link } from "@fluentui/react-components";
import type { FindingCode } from "../core/findings";
import { GLOSSARY, helpFor } from "../core/help";
import { useContext } from "react";
import { HelpPageContext } from "./helpPage";
import { useI18n } from "./i18n";

export function CodeHelp({ id, code }: { id: string; code: FindingCode }) {
  const { lang, t } = useI18n();
  const help = helpFor(code, lang);
  const helpPage = useContext(HelpPageContext);
  return (
    <div id={id}>
      <Caption1 block>
        <strong>{t.helpMeans}:</strong> {help.means}
      </Caption1>
      <Caption1 block>
        <strong>{t.helpFix}:</strong> {help.fix}
      </Caption1>
      <Link href={helpPage(`${lang === "en" ? "en-" : ""}${code}`)} target="_blank">
        {t.helpMore}
      </Link>
    </div>
  );
}

export function GlossaryList({ id }: { id: string }) {
  const { lang } = useI18n();
  return (
    <dl id={id}>
      {GLOSSARY[lang].map((g) => (
        <div key={g.term}>
          <dt>
            <Caption1Strong>{g.term}</Caption1Strong>
          </dt>
          <dd style={{ marginLeft: 0 }}>
            <Caption1>{g.means}</Caption1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
