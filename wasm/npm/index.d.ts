// Types of the package `toponym`; the same for its Node and browser entry points.
export { resolve, place, nameOf, names, suggest, findInText, placeIds, sources } from "./toponym_wasm.js";
export type {
  Kind,
  Status,
  NameOptions,
  ResolveOptions,
  MatchedName,
  Match,
  Mention,
  Suggestion,
  Years,
  Coordinates,
  Name,
  PlaceName,
  Place,
  Source,
} from "./toponym_wasm.js";
