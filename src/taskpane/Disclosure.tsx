import { Button } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

export /** A small button that shows or hides what follows it (help, the glossary, the unit summary). */
function Disclosure({
  label,
  appearance = "subtle",
  children,
}: {
  label: string;
  appearance?: "subtle" | "transparent";
  children: (id: string) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        size="small"
        appearance={appearance}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      {open && children(id)}
    </div>
  );
}
