// Causette – the static pages (rules, privacy, legal notice, statement): language switch and the matching text.
// Each page holds its text in the three languages (<article data-lang="fr|nl|en">); only the chosen one is shown.
import { currentLang, translatePage, wireLangSwitch } from './i18n.js';

function showLanguage() {
  const lang = currentLang();
  document.querySelectorAll('[data-lang]').forEach((a) => { a.hidden = a.dataset.lang !== lang; });
  const title = document.querySelector(`[data-lang="${lang}"] h1`);
  if (title) document.title = `${title.textContent} – Causette`;
}

wireLangSwitch();
translatePage();
showLanguage();
window.addEventListener('causette:lang', showLanguage);
