import { createContext, useContext } from "react";

// The CSP nonce reaches <Scripts> through context; in the browser it is empty (nonces are hidden
// from the DOM after load, and scripts already running need none).
const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
