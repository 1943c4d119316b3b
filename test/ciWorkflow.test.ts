// The GitHub Actions workflow (.github/workflows/ci.yml), read as GitHub would: it cannot run here,
// so its test job is `.ci/run` itself (which CI here runs), and which jobs a push, a pull request
// or a tag starts is worked out from the jobs' `if` expressions.
import { readFileSync } from "fs";
import * as path from "path";

// js-yaml comes with the lint tooling (no types of its own here)
const yaml = require("js-yaml") as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  container?: string | { image: string };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { branches?: string[]; tags?: string[] }; pull_request?: unknown };
  jobs: Record<string, Job>;
}

const root = path.join(__dirname, "..");
const workflow = yaml.load(
  readFileSync(path.join(root, ".github", "workflows", "ci.yml"), "utf8")
) as Workflow;
const ciRun = readFileSync(path.join(root, ".ci", "run"), "utf8");

/** What GitHub knows about the event when it decides a job's `if`. */
interface Event {
  event_name: "push" | "pull_request";
  ref: string;
}

/**
 * GitHub's expression language, the part a job's `if` uses here: strings, github.* names, ==, !=,
 * !, &&, ||, parentheses, startsWith/endsWith/contains. Comparisons ignore case, as GitHub's do.
 */
function evaluate(expression: string, github: Event): boolean {
  const source = expression.replace(/^\s*\$\{\{|\}\}\s*$/g, "").trim();
  const pattern = /\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|,|[A-Za-z_][\w.-]*)\s*/y;
  const tokens: string[] = [];
  let read = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    tokens.push(m[1]);
    read = pattern.lastIndex;
  }
  if (read !== source.length) throw new Error(`cannot read ${expression} at ${read}`);
  let at = 0;
  const take = (want?: string) => {
    const token = tokens[at++];
    if (want !== undefined && token !== want) throw new Error(`expected ${want} in ${expression}`);
    return token;
  };
  type Value = string | boolean;
  const text = (v: Value) => String(v).toLowerCase();
  const calls: Record<string, (a: Value, b: Value) => boolean> = {
    startsWith: (a, b) => text(a).startsWith(text(b)),
    endsWith: (a, b) => text(a).endsWith(text(b)),
    contains: (a, b) => text(a).includes(text(b)),
  };
  const primary = (): Value => {
    const token = take();
    if (token === "(") {
      const value = or();
      take(")");
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token in calls) {
      take("(");
      const a = or();
      take(",");
      const b = or();
      take(")");
      return calls[token](a, b);
    }
    const [scope, name] = token.split(".");
    if (scope !== "github" || !(name in github)) throw new Error(`unknown name ${token}`);
    return github[name as keyof Event];
  };
  const comparison = (): Value => {
    const left = primary();
    if (tokens[at] !== "==" && tokens[at] !== "!=") return left;
    const equal = take() === "==";
    return (text(left) === text(primary())) === equal;
  };
  const not = (): Value => (tokens[at] === "!" ? (take(), !not()) : comparison());
  const and = (): Value => {
    let value = not();
    while (tokens[at] === "&&") {
      take();
      const right = not();
      value = Boolean(value) && Boolean(right);
    }
    return value;
  };
  const or = (): Value => {
    let value = and();
    while (tokens[at] === "||") {
      take();
      const right = and();
      value = Boolean(value) || Boolean(right);
    }
    return value;
  };
  const result = or();
  if (at !== tokens.length) throw new Error(`unread tokens in ${expression}`);
  return Boolean(result);
}

/** The jobs an event starts (a job runs when its `if`, if any, holds and its needs ran). */
function jobsFor(github: Event): string[] {
  const ran: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const needs = job.needs === undefined ? [] : [job.needs].flat();
    if (needs.every((n) => ran.includes(n)) && (job.if === undefined || evaluate(job.if, github)))
      ran.push(name);
  }
  return ran;
}

const steps = (job: string) => workflow.jobs[job].steps;
const usesAction = (job: string, action: string) =>
  steps(job).find((s) => s.uses?.split("@")[0] === action);

describe("the workflow's test job is .ci/run", () => {
  it("runs `bash .ci/run` in Debian's Node 20 image, where apt-get installs chromium and LibreOffice", () => {
    const { container } = workflow.jobs.test;
    expect(typeof container === "string" ? container : container?.image).toBe("node:20-bookworm");
    expect(steps("test").some((s) => /^bash \.ci\/run\s*$/.test(s.run ?? ""))).toBe(true);
  });

  it("and .ci/run runs the tests, the build with its bundle budget and the browser suite", () => {
    for (const command of ["npm ci", "npm run lint", "npm run typecheck", "npm test"])
      expect(ciRun).toContain(command);
    for (const command of ["npm run build", "npm run test:e2e", "npm run test:libreoffice"])
      expect(ciRun).toContain(command);
  });

  it("keeps dist/ as the Pages site and selaras.html with the manifest for a release", () => {
    expect(usesAction("test", "actions/upload-pages-artifact")?.with?.path).toBe("dist");
    const upload = usesAction("test", "actions/upload-artifact");
    expect(upload?.with?.path.split("\n").map((p) => p.trim())).toEqual(
      expect.arrayContaining(["dist/selaras.html", "dist/manifest.xml"])
    );
    expect(usesAction("release", "actions/download-artifact")?.with?.name).toBe(upload?.with?.name);
  });
});

describe("which jobs an event starts", () => {
  it("starts on a push to any branch, a tag v*, and a pull request", () => {
    expect(workflow.on.push.branches).toEqual(["**"]);
    expect(workflow.on.push.tags).toEqual(["v*"]);
    expect(workflow.on).toHaveProperty("pull_request");
  });

  it("a push to main tests, then deploys GitHub Pages", () => {
    expect(jobsFor({ event_name: "push", ref: "refs/heads/main" })).toEqual(["test", "pages"]);
  });

  it("a push to another branch, or a pull request into main, only tests", () => {
    expect(jobsFor({ event_name: "push", ref: "refs/heads/perbaikan-iku-biro-umum" })).toEqual([
      "test",
    ]);
    expect(jobsFor({ event_name: "push", ref: "refs/heads/main-lama" })).toEqual(["test"]);
    expect(jobsFor({ event_name: "pull_request", ref: "refs/pull/12/merge" })).toEqual(["test"]);
  });

  it("a tag v1.2.0 tests, then attaches selaras.html and manifest.xml to its release", () => {
    expect(jobsFor({ event_name: "push", ref: "refs/tags/v1.2.0" })).toEqual(["test", "release"]);
    const upload = steps("release").find((s) => /gh release upload/.test(s.run ?? ""));
    expect(upload?.run).toMatch(/gh release upload "\$TAG" selaras\.html manifest\.xml/);
    expect(workflow.jobs.release.permissions).toEqual({ contents: "write" });
  });

  it("Pages deploys with the permissions it needs, after the tests", () => {
    expect(usesAction("pages", "actions/deploy-pages")).toBeDefined();
    expect(workflow.jobs.pages.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(workflow.jobs.pages.needs).toBe("test");
  });
});
