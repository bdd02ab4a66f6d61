// The built site as files and URLs: shared with the bench, so it lives in scripts/lib/siteFiles.ts.
export * from '../../scripts/lib/siteFiles.ts';
