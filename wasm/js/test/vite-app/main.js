// A user's app, bundled by Vite: the package imported by name, used at once, and a language
// pack loaded on demand (fetched next to the module, where Vite put it).
import { loadLanguages, nameOf, resolve } from "toponym";

const [m] = resolve("Итуруп", { lang: "ja" });
const before = nameOf("in", "kn").lang;
await loadLanguages(["kn"]);
const kannada = nameOf("in", "kn");
document.getElementById("answer").textContent =
  `${m.id} ${m.name} ${nameOf("south-kurils", "en", "JP").text} ${before}→${kannada.lang} ${resolve(kannada.text)[0].id}`;
