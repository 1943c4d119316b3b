// The web page as one self-contained file, dist/selaras.html, for planners to keep in a folder, on
// a USB stick or in an e-mail: opened from file://, offline, it asks for nothing beyond itself.
//
// Two more webpack compilations beside the hosted pages (webpack.config.js):
// 1. "selaras-engine": the engine worker (src/web/engine.worker.ts) as one script, every lazy
//    import (the .xlsx package host, ExcelJS for CSV) inside it (asyncChunks: false), written to
//    build/single/.
// 2. "selaras-single": the page (src/web/single.tsx) as one script, again without async chunks; the
//    worker's script and the help page go in as string constants (DefinePlugin), the page starts
//    the worker from a Blob URL of that string (chromium refuses `new Worker(file://…)`), and
//    InlineScripts puts the script itself into selaras.html.
// A second build rather than inlining dist/ afterwards: webpack's runtime loads chunks by URL, and
// rewriting its loader after the fact would be fragile; without async chunks there is nothing to
// load. The build fails if anything but selaras.html would be left to load.
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "..");
const WORKER_DIR = path.join(root, "build", "single");
const WORKER_FILE = path.join(WORKER_DIR, "engine.worker.js");
const HELP_FILE = path.join(root, "src", "help.html");
const PAGE = "selaras.html";

/**
 * A script as it may stand between <script> and </script>: "</script" would end the element and
 * "<!--" would change how the HTML parser reads what follows. Both are escaped in a way that means
 * the same inside JavaScript strings, templates and regular expressions (where minified code can
 * hold them).
 * @param {string} js
 */
function scriptSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\u0021--");
}

/**
 * Terser moves license comments to `<file>.LICENSE.txt` and leaves a pointer to it; a single file
 * has no neighbour, so the licenses go back into the script.
 * @param {string} js
 * @param {string | undefined} licenses
 */
function withLicenses(js, licenses) {
  if (!licenses) return js;
  const text = `/*!\n${licenses.replace(/\*\//g, "* /")}\n*/`;
  return js.replace(/\/\*! For license information please see [^*]+\*\//, () => text);
}

/** The worker's built script with its licenses, read when the page's build needs it. */
function workerSource() {
  const license = `${WORKER_FILE}.LICENSE.txt`;
  return withLicenses(
    fs.readFileSync(WORKER_FILE, "utf8"),
    fs.existsSync(license) ? fs.readFileSync(license, "utf8") : undefined
  );
}

/** Puts the page's scripts into selaras.html and leaves nothing else to emit. */
class InlineScripts {
  apply(compiler) {
    compiler.hooks.compilation.tap("InlineScripts", (compilation) => {
      const inlined = new Set();
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("InlineScripts", (data) => {
        for (const tag of [...data.headTags, ...data.bodyTags]) {
          const file = tag.tagName === "script" ? tag.attributes.src : undefined;
          if (typeof file !== "string") continue;
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`${PAGE}: script ${file} not found to inline`);
          const license = compilation.getAsset(`${file}.LICENSE.txt`);
          tag.innerHTML = scriptSafe(
            withLicenses(asset.source.source().toString(), license?.source.source().toString())
          );
          delete tag.attributes.src;
          inlined.add(file);
          if (license) inlined.add(license.name);
        }
        // no favicon request either
        data.headTags.push({
          tagName: "link",
          voidTag: true,
          attributes: { rel: "icon", href: "data:," },
          meta: { plugin: "InlineScripts" },
        });
        return data;
      });
      compilation.hooks.processAssets.tap(
        { name: "InlineScripts", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const file of inlined) compilation.deleteAsset(file);
          const left = compilation.getAssets().filter((a) => a.name !== PAGE);
          if (left.length > 0)
            compilation.errors.push(
              new webpack.WebpackError(
                `${PAGE} would load files beside it: ${left.map((a) => a.name).join(", ")}`
              )
            );
        }
      );
    });
  }
}

/** Fails the engine's build if it is not exactly one script. */
class OneScript {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("OneScript", (compilation) => {
      const scripts = compilation.getAssets().filter((a) => a.name.endsWith(".js"));
      if (scripts.length !== 1)
        compilation.errors.push(
          new webpack.WebpackError(
            `the engine for ${PAGE} must be one script, not ${scripts.map((a) => a.name).join(", ")}`
          )
        );
    });
  }
}

/**
 * The two compilations that write dist/selaras.html.
 * @param {{ mode: "production" | "development", dist: string, resolve: object, rules: object[] }} base
 */
function singleFileConfigs({ mode, dist, resolve, rules }) {
  const oneChunk = () => new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 });
  const engine = {
    name: "selaras-engine",
    mode,
    devtool: false,
    target: "webworker",
    entry: { engine: "./src/web/engine.worker.ts" },
    output: {
      path: WORKER_DIR,
      filename: path.basename(WORKER_FILE),
      // run from a Blob URL (or on the page): it loads nothing, so it needs no address of its own
      publicPath: "",
      asyncChunks: false,
      clean: true,
    },
    resolve,
    module: { rules },
    plugins: [oneChunk(), new OneScript()],
    performance: { hints: false },
  };
  const page = {
    name: "selaras-single",
    dependencies: ["selaras-engine"],
    mode,
    devtool: false,
    target: "web",
    entry: { selaras: "./src/web/single.tsx" },
    output: {
      path: dist,
      // no content hash: webpack would rename the script after it was inlined under its first name
      filename: "selaras.js",
      publicPath: "",
      asyncChunks: false,
      clean: false,
    },
    resolve,
    module: { rules },
    plugins: [
      oneChunk(),
      new webpack.DefinePlugin({
        SELARAS_ENGINE_SOURCE: webpack.DefinePlugin.runtimeValue(
          () => JSON.stringify(workerSource()),
          { fileDependencies: [WORKER_FILE] }
        ),
        SELARAS_HELP_HTML: webpack.DefinePlugin.runtimeValue(
          () => JSON.stringify(fs.readFileSync(HELP_FILE, "utf8")),
          { fileDependencies: [HELP_FILE] }
        ),
      }),
      new HtmlWebpackPlugin({
        filename: PAGE,
        template: "./src/web/index.html",
        // inline scripts cannot be deferred: at the end of <body>, after #root
        inject: "body",
        scriptLoading: "blocking",
        // 2 MB of inlined script through an HTML minifier gains nothing and risks much
        minify: false,
      }),
      new InlineScripts(),
    ],
    performance: { hints: false },
  };
  return [engine, page];
}

module.exports = { singleFileConfigs, scriptSafe, withLicenses, PAGE };
