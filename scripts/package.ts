// `npm run package`: build/appPackage.zip (manifest.json and both icons at its root) for uploading
// in Teams, and build/hosting/ with the Content-Security-Policy for whoever hosts dist/.
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest } from './app-manifest';
import { contentSecurityPolicy } from './content-security-policy';
import { describePackage, readEnvFile, readPackageConfig, type PackageConfig } from './package-config';

const ROOT = path.join(__dirname, '..');

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
  return errors.map(String);
}

export function writeAppPackage(outDir: string, config: PackageConfig): { zipPath: string; manifest: Record<string, unknown> } {
  const manifest = buildManifest(config);
  const icons = path.join(ROOT, 'manifest', 'icons');
  const zip = zipSync({
    'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync(path.join(icons, 'color.png')),
    'outline.png': readFileSync(path.join(icons, 'outline.png')),
  });
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, 'appPackage.zip');
  writeFileSync(zipPath, zip);
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const hosting = path.join(outDir, 'hosting');
  mkdirSync(hosting, { recursive: true });
  const csp = contentSecurityPolicy({ graphOrigin: config.graphOrigin, signInOrigin: config.signInOrigin });
  writeFileSync(path.join(hosting, 'content-security-policy.txt'), `${csp}\n`);
  // Azure Static Web Apps reads this file from the site's root; other hosts: see README.
  writeFileSync(
    path.join(hosting, 'staticwebapp.config.json'),
    JSON.stringify(
      {
        globalHeaders: { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' },
        // Production scripts are named by their content hash: cached for good, so a surface opens from the cache.
        routes: [{ route: '/*.js', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }],
      },
      null,
      2,
    ),
  );
  return { zipPath, manifest };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fileArg = args.indexOf('--env-file');
  const envFile = fileArg >= 0 ? args[fileArg + 1] : existsSync(path.join(ROOT, '.env')) ? path.join(ROOT, '.env') : undefined;
  const fromFile = envFile ? readEnvFile(envFile) : {};
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const config = readPackageConfig({ ...fromFile, ...process.env }, version);
  const { zipPath, manifest } = writeAppPackage(path.join(ROOT, 'build'), config);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    console.error(`The manifest does not pass the official schema:\n${errors.join('\n')}`);
    process.exit(1);
  }
  console.log(`App package: ${path.relative(ROOT, zipPath)} (manifest ${manifest.manifestVersion}, version ${config.version}, valid against the bundled schema)`);
  console.log('Hosting headers: build/hosting/ (the Content-Security-Policy every page must be served with; see README)');
  for (const line of describePackage(config)) console.log(line);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
