// The add-in's manifest for where an agency hosts it. manifest.xml in the repository points at the
// dev server (https://localhost:3000); a deployment serves dist/ from its own HTTPS address, and
// Office loads every page and icon from the URLs the manifest names, so they must all be that one.
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The base URL pages are served under: https, a host, optionally a path; no query or fragment.
 * Office refuses add-ins served over http, and a query would be lost joining page names to it.
 * @param {string} text
 * @returns {URL}
 */
function hostUrl(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(
      `SELARAS_URL "${text}" bukan alamat web / is not a web address (contoh / example: https://kinerja.example.go.id/selaras)`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `SELARAS_URL "${text}" harus https: Office hanya memuat add-in lewat https / must be https: Office loads add-ins over https only`
    );
  if (url.search || url.hash || url.username || url.password)
    throw new Error(
      `SELARAS_URL "${text}" tidak boleh memuat query, fragmen atau kredensial / may not carry a query, fragment or credentials`
    );
  return url;
}

/**
 * The manifest with every dev-server URL replaced by the hosting address. AppDomain takes the
 * origin alone (it names a domain, not a folder); every page and icon URL takes the base path.
 * @param {string} xml the repository's manifest.xml
 * @param {string} address e.g. https://kinerja.example.go.id/selaras
 * @returns {string}
 */
function manifestFor(xml, address) {
  const url = hostUrl(address);
  const base = url.origin + url.pathname.replace(/\/+$/, "");
  const appDomain = `<AppDomain>${DEV_ORIGIN}</AppDomain>`;
  if (!xml.includes(appDomain)) throw new Error(`manifest.xml has no ${appDomain}`);
  return xml
    .replace(
      /<!--[\s\S]*?-->/,
      `<!-- Selaras: XML add-in manifest for Excel (Workbook host), built for ${base}. -->`
    )
    .split(appDomain)
    .join(`<AppDomain>${url.origin}</AppDomain>`)
    .split(`${DEV_ORIGIN}/`)
    .join(`${base}/`);
}

module.exports = { DEV_ORIGIN, hostUrl, manifestFor };
