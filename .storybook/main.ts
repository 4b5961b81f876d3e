import { relative, sep } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for Broadsheet: every element in every state on the embedded demo dataset.
// No network: telemetry, crash reports, version checks and "what's new" are all off
// (the npm scripts also pass --disable-telemetry and --no-version-updates).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(config) {
    // package.json's `sideEffects` names only dist/ files (what npm consumers get), so a
    // production bundle of src/ would drop the registration modules (`define.ts`: they only
    // call customElements.define) and no element would ever upgrade. Mark them as effectful.
    config.plugins = [
      ...(config.plugins ?? []),
      {
        name: 'broadsheet-define-side-effects',
        enforce: 'post',
        transform(code: string, id: string) {
          const file = relative(process.cwd(), id.split('?')[0]).split(sep).join('/');
          if (/^src\/(components\/[^/]+\/define|context\/define|embed|index)\.ts$/.test(file)) {
            return { code, map: null, moduleSideEffects: true };
          }
          return undefined;
        },
      },
    ];
    config.build = { ...config.build, chunkSizeWarningLimit: 2048 };
    // Pre-bundle what the stories import up front, so the first visit after `npm start` does
    // not stop to re-optimise dependencies and reload the page.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        // Storybook's own web-components renderer imports this one; pre-bundled with the
        // rest, so the page has one copy of lit-html, not two ("Multiple versions of Lit").
        'lit/directive-helpers.js',
        'lit/static-html.js',
        'lit/directives/unsafe-html.js',
        'lit/directives/style-map.js',
        'lit/directives/if-defined.js',
        '@lit/context',
      ],
    };
    return config;
  },
};
export default config;
