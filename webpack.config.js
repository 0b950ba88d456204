// One entry per surface, so the side panel never ships directory or rotation code.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { DefinePlugin } = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');

/** Deployment values (README "Use it in your tenant"); unset means the local Graph emulator. */
const BUILD_ENV = ['MICROMENTOR_CLIENT_ID', 'MICROMENTOR_TENANT_ID', 'MICROMENTOR_GRAPH_BASE_URL', 'MICROMENTOR_PROGRAM_SITE_ID', 'MICROMENTOR_PROGRAM_MANAGERS'];

const PAGE_TEMPLATE = path.join(__dirname, 'src/hosts/page.html');

/** Each page and the entry it loads; `officeJs` pages load Office.js from Microsoft's CDN. */
const PAGES = [
  { entry: 'tab', file: 'tab.html', title: 'Micromentor', source: './src/hosts/tab/main.tsx', preloadAsync: true },
  { entry: 'side-panel', file: 'side-panel.html', title: 'Micromentor session', source: './src/hosts/side-panel/main.tsx' },
  { entry: 'outlook', file: 'outlook.html', title: 'Micromentor for Outlook', source: './src/hosts/outlook/main.tsx', officeJs: true },
  { entry: 'tab-config', file: 'tab-config.html', title: 'Add Micromentor', source: './src/hosts/tab-config/main.tsx' },
  { entry: 'guide', file: 'guide.html', title: 'How micro-mentoring works here', source: './src/hosts/guide/main.tsx' },
  { entry: 'workbench', file: 'index.html', title: 'Micromentor workbench', source: './workbench/src/main.tsx' },
];

/** Files served as they are: ribbon and app icons next to the pages (the manifest names their URLs). */
const COPIED = [{ from: 'manifest/icons', to: 'icons' }];

/** Writes dist/entrypoints.json: the initial JavaScript of each entry, for scripts/bundle-size.ts. */
class EntrypointsManifestPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('EntrypointsManifestPlugin', (compilation) => {
      const manifest = {};
      for (const [name, entrypoint] of compilation.entrypoints) {
        manifest[name] = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
      }
      fs.writeFileSync(path.join(compiler.outputPath, 'entrypoints.json'), JSON.stringify(manifest, null, 2));
    });
  }
}

/**
 * Adds <link rel="preload"> for the chunks a page's entry imports at once (import() in the entry
 * itself), so they download with the entry instead of after it has run. `preloadAsync` pages only.
 */
class PreloadEntryImportsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadEntryImportsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadEntryImportsPlugin', (data) => {
        const page = PAGES.find((p) => p.file === data.outputName);
        const entrypoint = page?.preloadAsync ? compilation.entrypoints.get(page.entry) : undefined;
        if (!entrypoint) return data;
        const files = new Set();
        for (const group of entrypoint.getChildren()) for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
        const links = [...files].map((file) => HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as: 'script', href: `${compilation.outputOptions.publicPath}${file}` }));
        data.headTags.push(...links);
        return data;
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: Object.fromEntries(PAGES.map((page) => [page.entry, page.source])),
    output: {
      path: path.join(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }],
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    optimization: { minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })] },
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.file,
            chunks: [page.entry],
            template: PAGE_TEMPLATE,
            title: page.title,
            officeJs: Boolean(page.officeJs),
          }),
      ),
      new DefinePlugin(Object.fromEntries(BUILD_ENV.map((name) => [`process.env.${name}`, JSON.stringify(process.env[name] ?? '')]))),
      new CopyPlugin({ patterns: COPIED }),
      new EntrypointsManifestPlugin(),
      new PreloadEntryImportsPlugin(),
    ],
  };
};

// What the build emits, so the app package's contract test can check the manifest without building.
module.exports.PAGES = PAGES;
module.exports.COPIED = COPIED;
