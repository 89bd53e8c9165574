// MeshForge playground: submits jobs to the public ModelsLab v6 3D API and polls them.
// No framework, no build step. Everything that comes from the server is inserted with
// textContent (never innerHTML), and links are checked to be http(s) before use.

const API = "/api/v6/3d";
const POLL_MS = 500;
const MAX_NETWORK_RETRIES = 20;
const MAX_RECENT = 25;
const STORAGE = {
  key: "meshforge.playground.key",
  jobs: "meshforge.playground.jobs",
  prefs: "meshforge.playground.prefs",
};
const DEFAULT_RESOLUTION = { text: 512, image: 256 };
const META_FIELDS = [
  ["prompt", "Prompt"],
  ["negative_prompt", "Negative prompt"],
  ["image", "Image"],
  ["template", "Template"],
  ["mask_method", "Mask"],
  ["seed", "Seed"],
  ["resolution", "Resolution"],
  ["face_limit", "Face limit"],
  ["output_format", "Format"],
  ["temp", "Temporary"],
];

const $ = (id) => document.getElementById(id);
const el = {
  form: $("job-form"),
  key: $("key"),
  keyToggle: $("key-toggle"),
  textFields: $("text-fields"),
  imageFields: $("image-fields"),
  prompt: $("prompt"),
  negativePrompt: $("negative-prompt"),
  dropZone: $("drop-zone"),
  imageFile: $("image-file"),
  dropEmpty: $("drop-empty"),
  dropChosen: $("drop-chosen"),
  imagePreview: $("image-preview"),
  imageName: $("image-name"),
  imageSize: $("image-size"),
  imageClear: $("image-clear"),
  imageUrl: $("image-url"),
  format: $("output-format"),
  resolution: $("resolution"),
  seed: $("seed"),
  faceLimit: $("face-limit"),
  temp: $("temp"),
  formError: $("form-error"),
  submit: $("submit"),
  jobLabel: $("job-label"),
  statusBadge: $("status-badge"),
  statusText: $("status-text"),
  progress: $("progress"),
  progressBar: $("progress-bar"),
  statusFacts: $("status-facts"),
  alert: $("alert"),
  alertTitle: $("alert-title"),
  alertText: $("alert-text"),
  viewer: $("viewer"),
  viewerEmpty: $("viewer-empty"),
  viewerNote: $("viewer-note"),
  details: $("result-details"),
  downloads: $("downloads"),
  meta: $("meta"),
  raw: $("raw"),
  rawJson: $("raw-json"),
  recent: $("recent"),
  recentEmpty: $("recent-empty"),
  recentClear: $("recent-clear"),
};

// ---------------------------------------------------------------- storage

function load(name, fallback) {
  try {
    const value = localStorage.getItem(name);
    return value === null ? fallback : JSON.parse(value);
  } catch {
    return fallback; // storage disabled or corrupt: start fresh
  }
}

function save(name, value) {
  try {
    localStorage.setItem(name, JSON.stringify(value));
  } catch {
    // storage disabled or full: the page still works, it just forgets
  }
}

// ---------------------------------------------------------------- the API

class ApiError extends Error {
  constructor(status, message, body = null) {
    super(message);
    this.status = status; // HTTP status, 0 when the server could not be reached
    this.body = body;
  }
}

async function post(path, body) {
  let response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "Could not reach the server. Is it running?");
  }
  const text = await response.text();
  let data = null;
  try {
    data = JSON.parse(text);
  } catch {
    data = null;
  }
  if (!response.ok || data === null || typeof data !== "object" || data.status === "error") {
    const message =
      data && typeof data.message === "string" && data.message
        ? data.message
        : text.trim().slice(0, 300) || response.statusText || "No answer.";
    throw new ApiError(response.status, message, data);
  }
  return data;
}

function describeError(error) {
  const status = error.status;
  const titles = {
    0: "The server could not be reached.",
    400: "The request was refused.",
    401: "The API key was not accepted.",
    404: "Job not found.",
    413: "The request or its image is too large.",
    429: "Too many jobs queued for this key.",
    503: "The server is busy or shutting down.",
  };
  const title = titles[status] || (status >= 500 ? "The server had a problem." : "The request failed.");
  let text = error.message;
  if (status === 404) {
    text += " It may belong to another key, or have been deleted.";
  }
  if (status === 429 && error.body && Number.isFinite(error.body.retry_after)) {
    text += ` Try again in ${error.body.retry_after} s.`;
  }
  return { title, text };
}

const isRetryable = (error) => error.status === 0 || error.status === 502 || error.status === 504;

// ---------------------------------------------------------------- small helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// An http(s) URL from the server, or null. Files under /out/ are fetched from this page's own
// origin: the page is served by the same server, and the configured public URL may name
// another host (127.0.0.1 vs localhost, a LAN address) that the browser cannot fetch from.
function safeUrl(value) {
  if (typeof value !== "string") return null;
  let url;
  try {
    url = new URL(value, location.href);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.origin !== location.origin && url.pathname.startsWith("/out/")) {
    return new URL(url.pathname, location.href).href;
  }
  return url.href;
}

function fileName(url) {
  try {
    const parts = new URL(url).pathname.split("/");
    return decodeURIComponent(parts[parts.length - 1]) || url;
  } catch {
    return url;
  }
}

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatSeconds(seconds) {
  const s = Number(seconds);
  if (!Number.isFinite(s)) return String(seconds);
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 120) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

function shorten(text, length) {
  const value = String(text).trim().replace(/\s+/g, " ");
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

// ---------------------------------------------------------------- the form

function currentMode() {
  return el.form.elements.mode.value === "image" ? "image" : "text";
}

function setMode(mode) {
  const image = mode === "image";
  el.form.elements.mode.value = image ? "image" : "text";
  el.textFields.hidden = image;
  el.imageFields.hidden = !image;
  el.resolution.placeholder = String(DEFAULT_RESOLUTION[image ? "image" : "text"]);
  el.resolution.title = "32 to 512; blank = the default for this mode";
  savePrefs();
}

function savePrefs() {
  save(STORAGE.prefs, { mode: currentMode(), output_format: el.format.value });
}

let chosenImage = null; // {name, size, dataUri, previewUrl}

function clearImage() {
  if (chosenImage && chosenImage.previewUrl) URL.revokeObjectURL(chosenImage.previewUrl);
  chosenImage = null;
  el.imageFile.value = "";
  el.imagePreview.removeAttribute("src");
  el.dropChosen.hidden = true;
  el.dropEmpty.hidden = false;
}

function readAsDataUri(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error || new Error("could not read the file"));
    reader.readAsDataURL(file);
  });
}

async function chooseFile(file) {
  hideFormError();
  if (!file) return;
  if (file.type && !file.type.startsWith("image/")) {
    showFormError(`"${file.name}" is not an image (${file.type}).`);
    return;
  }
  let dataUri;
  try {
    dataUri = await readAsDataUri(file);
  } catch (error) {
    showFormError(`Could not read "${file.name}": ${error.message}`);
    return;
  }
  clearImage();
  chosenImage = { name: file.name, size: file.size, dataUri, previewUrl: URL.createObjectURL(file) };
  el.imagePreview.src = chosenImage.previewUrl;
  el.imageName.textContent = file.name;
  el.imageSize.textContent = formatBytes(file.size);
  el.dropEmpty.hidden = true;
  el.dropChosen.hidden = false;
  el.imageUrl.value = ""; // one source at a time: the file wins until removed
}

function showFormError(message, field) {
  el.formError.textContent = message;
  el.formError.hidden = false;
  if (field) field.focus();
}

function hideFormError() {
  el.formError.hidden = true;
  el.formError.textContent = "";
}

// A number field: a number when it reads as one, else the text as typed, so the server's
// 400 names the field and its range (nothing is checked twice, and the messages agree).
function numberOrText(input) {
  const text = input.value.trim();
  if (!text) {
    // type=number inputs read "" for text that is not a number: say so instead of dropping it
    if (input.validity && input.validity.badInput) return { bad: true };
    return null;
  }
  const value = Number(text);
  return { value: Number.isFinite(value) ? value : text };
}

function buildRequest(mode, key) {
  const body = { key, output_format: el.format.value, temp: el.temp.checked ? "yes" : "no" };
  const numbers = [["resolution", el.resolution], ["seed", el.seed], ["face_limit", el.faceLimit]];
  for (const [name, input] of numbers) {
    const parsed = numberOrText(input);
    if (parsed && parsed.bad) {
      throw Object.assign(new Error(`${name}: must be a whole number.`), { field: input });
    }
    if (parsed) body[name] = parsed.value;
  }
  if (mode === "text") {
    const prompt = el.prompt.value.trim();
    if (!prompt) {
      throw Object.assign(new Error("Write a prompt: what should the model be?"), { field: el.prompt });
    }
    body.prompt = prompt;
    const negative = el.negativePrompt.value.trim();
    if (negative) body.negative_prompt = negative;
    return { path: `${API}/text_to_3d`, body, label: shorten(prompt, 80) };
  }
  if (chosenImage) {
    body.init_image = chosenImage.dataUri;
    return { path: `${API}/image_to_3d`, body, label: `image · ${chosenImage.name}` };
  }
  const url = el.imageUrl.value.trim();
  if (!url) {
    throw Object.assign(new Error("Choose an image file, drop one, or enter an image URL."), {
      field: el.imageUrl,
    });
  }
  body.init_image = url;
  return { path: `${API}/image_to_3d`, body, label: `image · ${fileName(url)}` };
}

async function submit(event) {
  event.preventDefault();
  hideFormError();
  const key = el.key.value.trim();
  if (!key) {
    showFormError("Enter your API key first (the server prints one on its first start).", el.key);
    return;
  }
  save(STORAGE.key, key);
  let request;
  try {
    request = buildRequest(currentMode(), key);
  } catch (error) {
    showFormError(error.message, error.field);
    return;
  }
  stopFollowing();
  resetResult();
  revealResult();
  setStatus("busy", "submitting", "Sending the job…");
  el.submit.disabled = true;
  el.submit.textContent = "Submitting…";
  try {
    const created = await post(request.path, request.body);
    addRecent({ id: created.id, label: request.label, status: created.status, format: request.body.output_format });
    follow(created.id, created);
  } catch (error) {
    showError(error);
  } finally {
    el.submit.disabled = false;
    el.submit.textContent = "Generate";
  }
}

// ---------------------------------------------------------------- following a job

let followToken = 0;
let followedId = null;

function stopFollowing() {
  followToken += 1;
}

// Follows the job's Server-Sent Events (POST with the key in the body: EventSource cannot send
// it). Resolves with the final fetch body; null when no stream could be read to its end (polling
// takes over); undefined when the user moved on to another job.
async function streamJob(id, token) {
  let response;
  try {
    response = await fetch(`${API}/stream/${encodeURIComponent(id)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ key: el.key.value.trim() }),
      cache: "no-store",
    });
  } catch {
    return null;
  }
  if (!response.ok || !response.body) return null;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let last = null;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (token !== followToken) return undefined;
      if (done) return last && FINAL_STATUSES.has(last.status) ? last : null;
      buffer += value;
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const lines = buffer.slice(0, cut).split("\n");
        buffer = buffer.slice(cut + 2);
        const data = lines.filter((line) => line.startsWith("data: ")).map((line) => line.slice(6));
        if (data.length === 0) continue; // a keep-alive comment or the retry hint
        last = JSON.parse(data.join("\n"));
        render(last);
        updateRecent(id, last.status);
      }
    }
  } catch {
    return null; // the connection dropped mid-stream: polling picks up from here
  } finally {
    reader.cancel().catch(() => {});
  }
}

const FINAL_STATUSES = new Set(["success", "failed"]);

async function follow(id, first = null) {
  const token = ++followToken;
  followedId = id;
  el.jobLabel.textContent = `job #${id}`;
  highlightRecent();
  if (first !== null) {
    render(first);
    updateRecent(id, first.status);
  }
  if (first === null || !FINAL_STATUSES.has(first.status)) {
    const streamed = await streamJob(id, token);
    if (streamed !== null) return; // the final body is shown, or another job is followed
  }
  let body = first !== null && FINAL_STATUSES.has(first.status) ? first : null;
  let failures = 0;
  for (;;) {
    if (body === null) {
      try {
        body = await post(`${API}/fetch/${encodeURIComponent(id)}`, { key: el.key.value.trim() });
        failures = 0;
      } catch (error) {
        if (token !== followToken) return;
        if (isRetryable(error) && failures < MAX_NETWORK_RETRIES) {
          failures += 1;
          setStatus("busy", "retrying", `${error.message} Retrying (${failures}/${MAX_NETWORK_RETRIES})…`);
          await sleep(POLL_MS * 2);
          continue;
        }
        showError(error);
        if (error.status === 404) updateRecent(id, "not found"); // a wrong key keeps the old status
        return;
      }
    }
    if (token !== followToken) return;
    render(body);
    updateRecent(id, body.status);
    if (body.status === "success" || body.status === "failed") return;
    await sleep(POLL_MS);
    if (token !== followToken) return;
    body = null;
  }
}

// ---------------------------------------------------------------- rendering

function setStatus(kind, badge, text) {
  el.statusBadge.className = `badge ${kind}`;
  el.statusBadge.textContent = badge;
  el.statusText.textContent = text;
}

function setProgress(percent, indeterminate = false) {
  if (percent === null) {
    el.progress.hidden = true;
    return;
  }
  const value = Math.max(0, Math.min(100, Math.round(Number(percent) || 0)));
  el.progress.hidden = false;
  el.progress.classList.toggle("indeterminate", indeterminate);
  el.progress.setAttribute("aria-valuenow", String(value));
  el.progressBar.style.width = `${indeterminate ? 100 : value}%`;
}

function setFacts(facts) {
  clear(el.statusFacts);
  for (const [label, value] of facts) {
    const fact = make("span", "fact");
    fact.append(make("span", "fact-label", label), make("span", "fact-value", value));
    el.statusFacts.append(fact);
  }
}

function showAlert(title, text) {
  el.alertTitle.textContent = title;
  el.alertText.textContent = text;
  el.alert.hidden = false;
}

function showError(error) {
  const { title, text } = describeError(error);
  setStatus("error", "error", error.status ? `The server answered HTTP ${error.status}.` : "No answer.");
  setProgress(null);
  setFacts([]);
  showAlert(title, text);
  if (error.body) showRaw(error.body);
}

function showRaw(body) {
  el.rawJson.textContent = JSON.stringify(body, null, 2);
  el.raw.hidden = false;
}

function resetResult() {
  el.alert.hidden = true;
  el.details.hidden = true;
  el.raw.hidden = true;
  el.jobLabel.textContent = "";
  setProgress(null);
  setFacts([]);
  showViewerNote("Your model will appear here.");
}

// On a phone the result is below the form: bring it into view when a job starts.
function revealResult() {
  const panel = el.viewer.closest("section");
  const top = panel.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) {
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panel.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  }
}

function showViewerNote(text) {
  for (const child of [...el.viewer.children]) {
    if (child !== el.viewerEmpty) child.remove();
  }
  el.viewerNote.textContent = text;
  el.viewerEmpty.hidden = false;
}

function render(body) {
  showRaw(body);
  el.alert.hidden = true;
  if (body.status === "success") {
    renderSuccess(body);
  } else if (body.status === "failed") {
    renderFailed(body);
  } else {
    renderProcessing(body);
  }
}

function renderProcessing(body) {
  const position = Number(body.queue_position) || 0;
  const progress = Number(body.progress) || 0;
  if (position > 0) {
    setStatus("queued", "queued", `Waiting in the queue: ${position} job${position === 1 ? "" : "s"} ahead.`);
    setProgress(0, true);
  } else if (progress > 0) {
    setStatus("busy", "generating", `Generating… ${Math.round(progress)}%`);
    setProgress(progress);
  } else {
    setStatus("busy", "starting", "Starting…");
    setProgress(0, true);
  }
  const facts = [["progress", `${Math.round(progress)}%`], ["queue position", String(position)]];
  if (body.eta !== undefined && body.eta !== null) facts.push(["eta", `~${body.eta} s`]);
  setFacts(facts);
  if (el.details.hidden === false) el.details.hidden = true;
  showViewerNote("Generating the model…");
}

function renderFailed(body) {
  const message = typeof body.message === "string" && body.message ? body.message : "The job failed.";
  setStatus("error", "failed", "Finished without a model.");
  setProgress(null);
  setFacts([]);
  showAlert("The job failed.", message);
  showViewerNote("No model: the job failed.");
  renderMeta(body.meta || {});
  clear(el.downloads);
  el.downloads.append(make("li", "hint", "No files."));
  el.details.hidden = false;
}

function renderSuccess(body) {
  const outputs = (Array.isArray(body.output) ? body.output : []).map(safeUrl).filter(Boolean);
  const extras = (Array.isArray(body.extra_assets) ? body.extra_assets : []).map(safeUrl).filter(Boolean);
  const meta = body.meta && typeof body.meta === "object" ? body.meta : {};
  setStatus("success", "success", "Done.");
  setProgress(null);
  const facts = [];
  if (body.generationTime !== undefined) facts.push(["generation time", formatSeconds(body.generationTime)]);
  if (meta.output_format) facts.push(["format", String(meta.output_format).toUpperCase()]);
  setFacts(facts);

  const model = outputs[0];
  const format = String(meta.output_format || (model ? fileName(model).split(".").pop() : "")).toLowerCase();
  if (model && format === "glb") {
    showModel(model, meta.prompt || meta.image || "the generated model");
  } else if (model) {
    showViewerNote(
      `The viewer shows GLB models only. This ${format.toUpperCase()} file is ready to download below; choose the GLB format to see a model here.`,
    );
  } else {
    showViewerNote("The job finished without a file.");
  }

  clear(el.downloads);
  for (const [index, url] of [...outputs, ...extras].entries()) {
    const name = fileName(url);
    const ext = name.includes(".") ? name.split(".").pop().toUpperCase() : "";
    const item = make("li");
    const link = make("a", "download");
    link.href = url;
    link.title = url;
    link.download = name;
    link.append(
      make("span", "download-kind", `${ext} ${index < outputs.length ? "model" : kindOf(url)}`.trim()),
      make("span", "download-name", name),
    );
    item.append(link);
    el.downloads.append(item);
  }
  if (!el.downloads.firstChild) el.downloads.append(make("li", "hint", "No files."));
  renderMeta(meta);
  el.details.hidden = false;
}

function kindOf(url) {
  const ext = fileName(url).split(".").pop().toLowerCase();
  return (
    { mtl: "material", png: "texture", jpg: "texture", mp4: "preview", webm: "preview", gif: "preview", zip: "archive" }[ext] ||
    "extra"
  );
}

let viewerSrc = null;

function showModel(url, alt) {
  const existing = el.viewer.querySelector("model-viewer");
  if (existing && viewerSrc === url) {
    el.viewerEmpty.hidden = true;
    return;
  }
  showViewerNote("Loading the model…");
  const viewer = document.createElement("model-viewer");
  viewer.setAttribute("src", url);
  viewer.setAttribute("alt", `3D model: ${shorten(alt, 120)}`);
  viewer.setAttribute("camera-controls", "");
  viewer.setAttribute("touch-action", "pan-y");
  viewer.setAttribute("shadow-intensity", "1");
  viewer.setAttribute("exposure", "1.05");
  viewer.setAttribute("environment-image", "neutral");
  viewer.setAttribute("interaction-prompt", "none");
  viewer.setAttribute("loading", "eager"); // the user asked for it: load even when scrolled away
  const noBar = document.createElement("div"); // our own status line says "Loading the model…"
  noBar.setAttribute("slot", "progress-bar");
  viewer.append(noBar);
  viewer.addEventListener("load", () => {
    el.viewerEmpty.hidden = true;
  });
  viewer.addEventListener("error", (event) => {
    const detail = event.detail && event.detail.type ? ` (${event.detail.type})` : "";
    viewer.remove();
    viewerSrc = null;
    showViewerNote(`The viewer could not show this model${detail}. Download it below.`);
  });
  viewerSrc = url;
  el.viewer.append(viewer);
}

function renderMeta(meta) {
  clear(el.meta);
  for (const [name, label] of META_FIELDS) {
    const value = meta[name];
    if (value === undefined || value === null || value === "") continue;
    const row = make("div", "meta-row");
    const dd = make("dd", null, name === "prompt" || name === "image" ? shorten(value, 160) : value);
    if (name === "seed") {
      const reuse = make("button", "ghost small", "use");
      reuse.type = "button";
      reuse.title = "Put this seed in the form to make the same model again";
      reuse.addEventListener("click", () => {
        el.seed.value = String(value);
        el.seed.focus();
      });
      dd.append(" ", reuse);
    }
    row.append(make("dt", null, label), dd);
    el.meta.append(row);
  }
}

// ---------------------------------------------------------------- recent jobs

function recentJobs() {
  const jobs = load(STORAGE.jobs, []);
  return Array.isArray(jobs) ? jobs.filter((job) => job && job.id !== undefined) : [];
}

function addRecent(job) {
  const jobs = recentJobs().filter((existing) => String(existing.id) !== String(job.id));
  jobs.unshift({ ...job, at: Date.now() });
  save(STORAGE.jobs, jobs.slice(0, MAX_RECENT));
  renderRecent();
}

function updateRecent(id, status) {
  const jobs = recentJobs();
  const job = jobs.find((existing) => String(existing.id) === String(id));
  if (!job || job.status === status) return;
  job.status = status;
  save(STORAGE.jobs, jobs);
  renderRecent();
}

function renderRecent() {
  const jobs = recentJobs();
  clear(el.recent);
  for (const job of jobs) {
    const item = make("li");
    const button = make("button", "recent-item");
    button.type = "button";
    button.dataset.id = String(job.id);
    button.title = `Fetch job #${job.id} again`;
    const status = String(job.status || "unknown");
    button.append(
      make("span", "recent-id", `#${job.id}`),
      make("span", "recent-label", job.label || "job"),
      make("span", `badge small ${badgeKind(status)}`, status),
    );
    button.addEventListener("click", () => openJob(job.id));
    item.append(button);
    el.recent.append(item);
  }
  el.recentEmpty.hidden = jobs.length > 0;
  el.recentClear.hidden = jobs.length === 0;
  highlightRecent();
}

function badgeKind(status) {
  return { success: "success", failed: "error", "not found": "error", processing: "busy" }[status] || "idle";
}

function highlightRecent() {
  for (const button of el.recent.querySelectorAll(".recent-item")) {
    const active = followedId !== null && button.dataset.id === String(followedId);
    button.classList.toggle("active", active);
    if (active) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

function openJob(id) {
  hideFormError();
  if (!el.key.value.trim()) {
    showFormError("Enter the API key that made this job.", el.key);
    return;
  }
  stopFollowing();
  resetResult();
  revealResult();
  setStatus("busy", "fetching", `Fetching job #${id}…`);
  follow(id);
}

// ---------------------------------------------------------------- start

// A link may prefill the form, never act: the key comes only from what the user types (a link
// that set it could send the victim's uploads to the link author's account), and nothing is
// submitted without a click (a link could spend the victim's quota). `?key=` and `?autorun=`
// from older links are ignored and removed from the address bar.
const IGNORED_PARAMS = ["key", "autorun"];

function applyQuery() {
  // ?mode=&prompt=&negative_prompt=&image_url=&output_format=&resolution=&seed=&face_limit=&temp=
  // prefill;
  // ?job=<id> shows that job of the stored key (a read: it submits nothing)
  const params = new URLSearchParams(location.search);
  const get = (name) => (params.has(name) ? params.get(name) : null);
  if (get("mode") === "image" || get("mode") === "text") setMode(get("mode"));
  if (get("prompt") !== null) el.prompt.value = get("prompt");
  if (get("negative_prompt") !== null) el.negativePrompt.value = get("negative_prompt");
  const imageUrl = get("image_url") ?? get("init_image");
  if (imageUrl !== null) {
    el.imageUrl.value = imageUrl;
    if (get("mode") === null) setMode("image");
  }
  const format = (get("output_format") || get("format") || "").toLowerCase();
  if ([...el.format.options].some((option) => option.value === format)) el.format.value = format;
  if (get("resolution") !== null) el.resolution.value = get("resolution");
  if (get("seed") !== null) el.seed.value = get("seed");
  if (get("face_limit") !== null) el.faceLimit.value = get("face_limit");
  if (get("temp") !== null) el.temp.checked = ["1", "true", "yes", "on"].includes(get("temp").toLowerCase());
  const job = get("job");
  // keep a key (and one-shot actions) out of the address bar and the history
  for (const name of [...IGNORED_PARAMS, "job"]) params.delete(name);
  const query = params.toString();
  history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  return { job };
}

function wire() {
  el.keyToggle.addEventListener("click", () => {
    const show = el.key.type === "password";
    el.key.type = show ? "text" : "password";
    el.keyToggle.textContent = show ? "Hide" : "Show";
    el.keyToggle.setAttribute("aria-pressed", String(show));
  });
  el.key.addEventListener("change", () => save(STORAGE.key, el.key.value.trim()));
  for (const radio of el.form.elements.mode) {
    radio.addEventListener("change", () => setMode(currentMode()));
  }
  el.format.addEventListener("change", savePrefs);
  el.imageFile.addEventListener("change", () => chooseFile(el.imageFile.files[0]));
  el.imageClear.addEventListener("click", clearImage);
  el.imageUrl.addEventListener("input", () => {
    if (el.imageUrl.value.trim() && chosenImage) clearImage();
  });
  el.dropZone.addEventListener("click", (event) => {
    if (event.target === el.dropZone || event.target.closest(".drop-empty")) {
      if (!event.target.closest("label")) el.imageFile.click();
    }
  });
  for (const name of ["dragenter", "dragover"]) {
    el.dropZone.addEventListener(name, (event) => {
      event.preventDefault();
      el.dropZone.classList.add("dragging");
    });
  }
  for (const name of ["dragleave", "dragend"]) {
    el.dropZone.addEventListener(name, () => el.dropZone.classList.remove("dragging"));
  }
  el.dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    el.dropZone.classList.remove("dragging");
    const transfer = event.dataTransfer;
    if (transfer && transfer.files && transfer.files.length) {
      chooseFile(transfer.files[0]);
      return;
    }
    const uri = transfer && (transfer.getData("text/uri-list") || transfer.getData("text/plain"));
    if (uri && /^https?:\/\//i.test(uri.trim())) {
      clearImage();
      el.imageUrl.value = uri.trim().split(/\s+/)[0];
    }
  });
  el.form.addEventListener("submit", submit);
  el.recentClear.addEventListener("click", () => {
    save(STORAGE.jobs, []);
    renderRecent();
  });
}

function start() {
  wire();
  el.key.value = load(STORAGE.key, "") || "";
  const prefs = load(STORAGE.prefs, {}) || {};
  if ([...el.format.options].some((option) => option.value === prefs.output_format)) {
    el.format.value = prefs.output_format;
  }
  setMode(prefs.mode === "image" ? "image" : "text");
  const { job } = applyQuery();
  renderRecent();
  if (job !== null && /^\d+$/.test(job.trim())) {
    openJob(job.trim());
  }
}

start();
