// Types of the package `toponym`; the same for its Node and browser entry points.
export { resolve, place, nameOf, names, placeIds, sources } from "./toponym_wasm.js";
export type {
  Kind,
  Status,
  ResolveOptions,
  PlaceOptions,
  MatchedName,
  Match,
  Years,
  Coordinates,
  Name,
  PlaceName,
  Place,
  Source,
} from "./toponym_wasm.js";
