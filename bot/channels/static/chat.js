/* Banshi web chat: plain JavaScript, no build step, nothing loaded from a CDN.
 *
 * Talks to the Rasa-compatible REST endpoint of the same server. Every text from the
 * server is inserted with textContent (never as HTML). Choices are real <button>s, the
 * conversation is a role="log" live region, and the page language and direction follow
 * the chosen language (Uyghur: right to left).
 */
(() => {
  "use strict";

  const ENDPOINT = "/webhooks/rest/webhook";
  const REQUEST_TIMEOUT_MS = 30000;
  const TYPING_DELAY_MS = 300;
  const KEYS = { sender: "banshi.sender", lang: "banshi.lang", elderly: "banshi.elderly" };
  // Our locale codes -> the BCP 47 tags speech synthesis voices use.
  const SPEECH_LANG = {
    "zh-Hans": "zh-CN",
    en: "en-US",
    ug: "ug-CN",
    bo: "bo-CN",
    ii: "ii-CN",
    za: "za-CN",
    ko: "ko-KR",
  };
  const SPEAKER_ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" ' +
    'd="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 ' +
    '0 13.4v2.1a9 9 0 0 0 0-17.6z"/></svg>';

  const CHECKLIST_ICON =
    '<svg class="card-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path ' +
    'fill="currentColor" d="M9 2h6a1 1 0 0 1 1 1v1h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 ' +
    '1-2-2V6a2 2 0 0 1 2-2h2V3a1 1 0 0 1 1-1zm1 2v2h4V4h-4zM7.3 12.7l1.4-1.4 1.8 1.8 4.8-4.8 ' +
    '1.4 1.4-6.2 6.2-3.2-3.2z"/></svg>';
  // Back, repeat, menu, a person: shown quieter than the answers to the question.
  const NAVIGATION = /^\/(back|repeat|human|menu|stay)\b/;
  const PICTOGRAPHS_AT_START = /^[\p{Extended_Pictographic}\uFE0F\s]+/u;

  const html = document.documentElement;
  const log = document.getElementById("log");
  const statusLine = document.getElementById("status");
  const alertLine = document.getElementById("alert");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const languageSelect = document.getElementById("lang");
  const elderButton = document.getElementById("elder");
  const synth = "speechSynthesis" in window ? window.speechSynthesis : null;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  const state = {
    sender: "",
    lang: "zh-Hans",
    elderly: false,
    busy: false,
    strings: {},
    languages: [],
    reading: null, // { button, stop }
  };

  // -- small helpers ---------------------------------------------------------------------

  const store = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null; // storage disabled (private mode, kiosk policy)
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        /* the choice then lasts for this page only */
      }
    },
  };

  function t(key, fallback) {
    return state.strings[key] || fallback || "";
  }

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
    }
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function randomId() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function setAlert(text) {
    alertLine.textContent = text;
  }

  function scrollBehavior() {
    return reducedMotion.matches ? "auto" : "smooth";
  }

  // -- language --------------------------------------------------------------------------

  function applyStrings() {
    for (const node of document.querySelectorAll("[data-i18n]")) {
      const text = t(node.dataset.i18n);
      if (text) node.textContent = text;
    }
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      const text = t(node.dataset.i18nPlaceholder);
      if (text) node.setAttribute("placeholder", text);
    }
    for (const node of document.querySelectorAll("[data-i18n-aria-label]")) {
      const text = t(node.dataset.i18nAriaLabel);
      if (text) node.setAttribute("aria-label", text);
    }
    if (t("web-title")) document.title = t("web-title");
  }

  function languageInfo(code) {
    return state.languages.find((language) => language.code === code);
  }

  async function applyLanguage(code) {
    const info = languageInfo(code);
    if (!info) return;
    state.lang = code;
    html.lang = code;
    html.dir = info.direction === "rtl" ? "rtl" : "ltr";
    languageSelect.value = code;
    store.set(KEYS.lang, code);
    try {
      const ui = await getJSON(`/i18n/${encodeURIComponent(code)}.json`);
      state.strings = ui.messages || {};
    } catch {
      /* keep the texts we have */
    }
    applyStrings();
  }

  function initialLanguage() {
    const codes = state.languages.map((language) => language.code);
    const stored = store.get(KEYS.lang);
    if (stored && codes.includes(stored)) return stored;
    for (const wanted of navigator.languages || [navigator.language || ""]) {
      const tag = wanted.toLowerCase();
      if (tag.startsWith("zh") && codes.includes("zh-Hans")) return "zh-Hans";
      const match = codes.find((code) => {
        const lower = code.toLowerCase();
        return tag === lower || tag.split("-")[0] === lower.split("-")[0];
      });
      if (match) return match;
    }
    return codes[0] || "zh-Hans";
  }

  function fillLanguageMenu() {
    languageSelect.replaceChildren(
      ...state.languages.map((language) =>
        el(
          "option",
          { value: language.code, lang: language.code, dir: language.direction },
          language.native_name,
        ),
      ),
    );
  }

  // -- elderly mode ----------------------------------------------------------------------

  function setElderly(on) {
    state.elderly = on;
    html.classList.toggle("elderly", on);
    elderButton.setAttribute("aria-pressed", String(on));
    store.set(KEYS.elderly, on ? "1" : "0");
  }

  // -- reading aloud ---------------------------------------------------------------------

  function speechText(text) {
    return text.replace(/\p{Extended_Pictographic}|\uFE0F/gu, " ");
  }

  function voiceFor(lang) {
    if (!synth) return null;
    const want = (SPEECH_LANG[lang] || lang).toLowerCase();
    const voices = synth.getVoices();
    return (
      voices.find((voice) => voice.lang.toLowerCase().replace("_", "-") === want) ||
      voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === want.split("-")[0]) ||
      null
    );
  }

  function setSpeakLabel(button, reading) {
    const label = button.querySelector("span");
    label.dataset.i18n = reading ? "web-stop-reading" : "web-read-aloud";
    label.textContent = reading ? t("web-stop-reading", "停止朗读") : t("web-read-aloud", "朗读");
  }

  function stopReading() {
    const current = state.reading;
    state.reading = null;
    if (!current) return;
    current.stop();
    setSpeakLabel(current.button, false);
  }

  // Read one message: the server's audio when there is some, else the browser's voice.
  function read(entry, done) {
    stopReading();
    const finish = () => {
      if (state.reading && state.reading.button === entry.button) {
        state.reading = null;
        setSpeakLabel(entry.button, false);
        if (done) done();
      }
    };
    if (entry.audio) {
      const audio = entry.audio;
      audio.onended = finish;
      audio.currentTime = 0;
      state.reading = { button: entry.button, stop: () => audio.pause() };
      setSpeakLabel(entry.button, true);
      audio.play().catch(finish);
      return;
    }
    if (!synth) return;
    const utterance = new SpeechSynthesisUtterance(speechText(entry.text));
    utterance.lang = SPEECH_LANG[entry.lang] || entry.lang;
    const voice = voiceFor(entry.lang);
    if (voice) utterance.voice = voice;
    utterance.rate = state.elderly ? 0.85 : 1;
    utterance.onend = finish;
    utterance.onerror = finish;
    state.reading = { button: entry.button, stop: () => synth.cancel() };
    setSpeakLabel(entry.button, true);
    synth.cancel();
    synth.speak(utterance);
  }

  function readInTurn(entries) {
    const next = entries.shift();
    if (next) read(next, () => readInTurn(entries));
  }

  // -- rendering -------------------------------------------------------------------------

  function appendText(parent, line) {
    // Links in guide texts (online channels) become real links; everything else is text.
    const parts = line.split(/(https?:\/\/[^\s，。；、）)]+)/);
    parts.forEach((part, index) => {
      if (!part) return;
      if (index % 2 === 1) {
        parent.append(el("a", { href: part, rel: "noopener noreferrer" }, part));
      } else {
        parent.append(document.createTextNode(part));
      }
    });
  }

  function lineClass(line, index, lines) {
    if (/^\d+[.．、]/.test(line)) return "card-item";
    if (/^[\u3000\s]/.test(line)) return "card-note";
    if (index === lines.length - 1 && /^[【[]/.test(line)) return "card-notice";
    if (/[：:]$/.test(line.trim())) return "card-section";
    return null;
  }

  function fillBubble(bubble, item) {
    const lines = String(item.text || "").split("\n");
    if (item.kind === "checklist") {
      const [title, ...rest] = lines;
      const heading = el("h2", { class: "card-title", dir: "auto" });
      heading.innerHTML = CHECKLIST_ICON; // a constant icon, never server text
      heading.append(document.createTextNode(title.replace(PICTOGRAPHS_AT_START, "")));
      bubble.append(heading);
      rest.forEach((line, index) => {
        if (!line.trim()) return;
        const p = el("p", { class: lineClass(line, index, rest), dir: "auto" });
        appendText(p, line.replace(/^\u3000+/, ""));
        bubble.append(p);
      });
      return;
    }
    for (const line of lines) {
      if (!line.trim()) continue;
      const p = el("p", { dir: "auto" });
      appendText(p, line);
      bubble.append(p);
    }
  }

  function appendUser(text) {
    const message = el("div", { class: "msg user" });
    const bubble = el("div", { class: "bubble", dir: "auto" });
    bubble.append(el("span", { class: "visually-hidden", "data-i18n": "web-you-said" }, t("web-you-said")));
    bubble.append(document.createTextNode(text));
    message.append(bubble);
    log.append(message);
    return message;
  }

  function appendBot(item) {
    // The layout follows the reply's language (dir); the text is marked with the language
    // it is really in (a locale still being translated falls back to Chinese), and each
    // line finds its own direction, so fallback Chinese reads right in a right-to-left page.
    const textLang = item.text_lang || item.lang || state.lang;
    const message = el("div", {
      class: item.kind === "checklist" ? "msg bot checklist" : "msg bot",
      dir: item.dir || null,
    });
    const bubble = el("div", { class: "bubble", tabindex: "-1", lang: textLang });
    bubble.append(
      el(
        "span",
        { class: "visually-hidden", lang: state.lang, "data-i18n": "web-bot-said" },
        t("web-bot-said"),
      ),
    );
    fillBubble(bubble, item);
    message.append(bubble);

    const entry = { text: item.text || "", lang: textLang, audio: null, button: null };
    const tools = el("div", { class: "tools" });
    if (item.audio) {
      entry.audio = el("audio", {
        controls: "",
        preload: "none",
        src: item.audio,
        "aria-label": t("web-audio-label", "语音"),
      });
    }
    if (entry.audio || synth) {
      const button = el("button", { type: "button", class: "speak" });
      button.innerHTML = SPEAKER_ICON; // a constant icon, never server text
      button.append(el("span", { "data-i18n": "web-read-aloud" }, t("web-read-aloud", "朗读")));
      button.addEventListener("click", () => {
        if (state.reading && state.reading.button === button) stopReading();
        else read(entry);
      });
      entry.button = button;
      tools.append(button);
    }
    if (entry.audio) tools.append(entry.audio);
    if (tools.childElementCount) message.append(tools);

    if (Array.isArray(item.buttons) && item.buttons.length) {
      const group = el("div", { class: "choices", role: "group", "aria-label": t("web-choices", "选项") });
      for (const choice of item.buttons) {
        const secondary = NAVIGATION.test(String(choice.payload));
        const button = el("button", { type: "button", class: secondary ? "choice nav" : "choice" }, choice.title);
        button.addEventListener("click", () => press(choice));
        group.append(button);
      }
      message.append(group);
    }
    log.append(message);
    return { message, bubble, entry };
  }

  function showReplies(items, options) {
    // Only the newest reply keeps its choices: older ones would press stale buttons.
    for (const group of log.querySelectorAll(".choices")) group.remove();
    const shown = items.map(appendBot);
    if (!shown.length) return;
    const first = shown[0];
    if (options.focusReply) first.bubble.focus({ preventScroll: true });
    first.message.scrollIntoView({ block: "start", behavior: scrollBehavior() });
    if (!options.silent && state.elderly) {
      readInTurn(
        shown
          .filter((shownItem, index) => items[index].speak && shownItem.entry.button)
          .filter((shownItem) => shownItem.entry.audio || voiceFor(shownItem.entry.lang))
          .map((shownItem) => shownItem.entry),
      );
    }
  }

  // -- talking to the server -------------------------------------------------------------

  async function send(message, options = {}) {
    if (state.busy) return false;
    state.busy = true;
    stopReading();
    setAlert("");
    if (!options.silent) appendUser(options.label || message);
    log.setAttribute("aria-busy", "true");
    const typing = window.setTimeout(() => setStatus(t("web-typing", "…")), TYPING_DELAY_MS);
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(ENDPOINT, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ sender: state.sender, message, metadata: { lang: state.lang } }),
        signal: controller.signal,
      });
      if (response.status === 429) {
        // Too many messages: the server says, in the user's language, how long to wait.
        const error = await response.json().catch(() => ({}));
        setAlert(typeof error.message === "string" && error.message ? error.message : t("web-error"));
        return false;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const items = await response.json();
      log.removeAttribute("aria-busy");
      showReplies(Array.isArray(items) ? items : [], options);
      return true;
    } catch {
      setAlert(navigator.onLine === false ? t("web-offline") : t("web-error"));
      return false;
    } finally {
      window.clearTimeout(typing);
      window.clearTimeout(timer);
      setStatus("");
      log.removeAttribute("aria-busy");
      state.busy = false;
    }
  }

  // A pressed reply button: the page follows settings the button changes.
  function press(choice) {
    if (state.busy) return;
    const match = /^\/(\w+)(\{.*\})?$/s.exec(String(choice.payload).trim());
    if (match) {
      let data = {};
      try {
        data = match[2] ? JSON.parse(match[2]) : {};
      } catch {
        data = {};
      }
      if (match[1] === "elder_mode") setElderly(data.on !== false);
      if (match[1] === "set_language" && typeof data.language === "string") applyLanguage(data.language);
    }
    send(choice.payload, { label: choice.title, focusReply: true });
  }

  // -- wiring ----------------------------------------------------------------------------

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || state.busy) return;
    input.value = "";
    const sent = await send(text);
    if (!sent && !input.value) input.value = text; // nothing is lost: send it again
    input.focus();
  });

  elderButton.addEventListener("click", () => {
    if (state.busy) return;
    const on = !state.elderly;
    setElderly(on);
    send(on ? "/elder_mode" : '/elder_mode{"on": false}', {
      label: t(on ? "web-elder-on" : "web-elder-off"),
    });
  });

  languageSelect.addEventListener("change", async () => {
    const code = languageSelect.value;
    const info = languageInfo(code);
    if (!info) return;
    await applyLanguage(code);
    send(`/set_language${JSON.stringify({ language: code })}`, { label: info.native_name });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") stopReading();
  });

  window.addEventListener("online", () => setAlert(""));

  async function start() {
    state.sender = store.get(KEYS.sender) || "";
    if (!/^[0-9a-f]{32}$/.test(state.sender)) {
      state.sender = randomId();
      store.set(KEYS.sender, state.sender);
    }
    setElderly(store.get(KEYS.elderly) === "1");
    try {
      state.languages = await getJSON("/languages.json");
    } catch {
      state.languages = [{ code: "zh-Hans", native_name: "简体中文", direction: "ltr" }];
    }
    fillLanguageMenu();
    await applyLanguage(initialLanguage());
    // Welcome on a first visit; otherwise the last question again, where the user left off.
    await send("/repeat", { silent: true });
    html.dataset.ready = "true";
  }

  start();
})();
