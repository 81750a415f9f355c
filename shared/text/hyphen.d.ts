// Types for the entry points of the `hyphen` package the app loads (the package ships none).
// Each is a CommonJS module: bundlers and Node hand it over as the default export.

declare module 'hyphen/sv' {
  const hyphen: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export = hyphen;
}

declare module 'hyphen/fi' {
  const hyphen: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export = hyphen;
}

declare module 'hyphen/en-gb' {
  const hyphen: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export = hyphen;
}
