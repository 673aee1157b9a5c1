/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The kilde id of the MDX page being rendered, for <Kildeside s="…" />. */
    pageKilde?: string;
  }
}

interface ImportMetaEnv {
  readonly PUBLIC_A11Y_STATEMENT_URL?: string;
}
