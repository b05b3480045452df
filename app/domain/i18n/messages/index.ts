import type { Locale } from "../locales";
import { DE_MESSAGES } from "./de";
import { EN_MESSAGES, type Messages } from "./en";
import { ES_MESSAGES } from "./es";
import { FR_MESSAGES } from "./fr";

export type { MessageKey, Messages } from "./en";

export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: EN_MESSAGES,
  es: ES_MESSAGES,
  de: DE_MESSAGES,
  fr: FR_MESSAGES,
};
