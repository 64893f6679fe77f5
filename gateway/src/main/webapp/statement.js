// Causette – statement.html: one statement of reasons, readable, with the appeal form for the session it concerns
// (its token is in this tab's sessionStorage when the page is opened from the chat's tab).
import { showStatement } from './statement-view.js';
import { translatePage } from './i18n.js';

const token = () => { try { return sessionStorage.getItem('causette.token'); } catch { return null; } };
const id = new URLSearchParams(location.search).get('id');
showStatement(document.getElementById('statement-view'), id, { getToken: token, level: 'h1' });
window.addEventListener('causette:lang', () => translatePage());
