// A user's app, bundled by Vite: the package imported by name, used at once.
import { nameOf, resolve } from "toponym";

const [m] = resolve("Итуруп", { lang: "ja" });
document.getElementById("answer").textContent =
  `${m.id} ${m.name} ${nameOf("south-kurils", "en", "JP").text}`;
