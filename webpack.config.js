// Builds the task pane, the ribbon commands and the standalone web page (its own entry, no
// office.js), and the web page again as one self-contained dist/selaras.html (scripts/singleFile.js).
// `npm run build` writes dist/; `npm run dev-server` serves it on port 3000 (without selaras.html).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { hostUrl, manifestFor } = require("./scripts/manifest");
const { singleFileConfigs, PAGE } = require("./scripts/singleFile");

/**
 * The dev server speaks https with office-addin-dev-certs' localhost certificate, as Office
 * requires. Creating that certificate installs a CA (it asks for sudo), so it happens only when a
 * developer runs `npm run dev-server` on their own machine — never in CI or tests. SELARAS_HTTP=1
 * serves plain http (browser tests on 127.0.0.1).
 */
async function devServerTransport(env) {
  if (!env.WEBPACK_SERVE || process.env.SELARAS_HTTP === "1") return "http";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const server = await devServerTransport(env);
  // where an agency serves dist/ (`--env url=…` or SELARAS_URL): dist/manifest.xml points there
  const hostAddress = env.url ?? process.env.SELARAS_URL ?? "";
  if (hostAddress) hostUrl(hostAddress); // a bad address stops the build before it starts
  const dist = path.resolve(__dirname, "dist");
  const resolve = { extensions: [".ts", ".tsx", ".js"] };
  const rules = [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      // tsc --noEmit type-checks the whole project; the bundle only transpiles. ES modules
      // (not tsconfig's CommonJS) let webpack drop the unused parts of Fluent UI and its icons.
      use: {
        loader: "ts-loader",
        options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
      },
    },
  ];
  const pages = {
    name: "selaras-pages",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      web: "./src/web/index.tsx",
    },
    output: {
      path: dist,
      filename: "[name].[contenthash:8].js",
      // selaras.html is written by its own compilation, maybe before this one cleans
      clean: { keep: (file) => file === PAGE },
    },
    resolve,
    module: { rules },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              hostAddress ? manifestFor(content.toString(), hostAddress) : content,
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: dist },
    },
  };
  // the dev server serves the hosted pages only
  if (env.WEBPACK_SERVE) return pages;
  const mode = dev ? "development" : "production";
  return [pages, ...singleFileConfigs({ mode, dist, resolve, rules })];
};
