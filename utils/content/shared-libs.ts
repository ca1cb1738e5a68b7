import { Fragment, render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { jsxDEV } from 'preact/jsx-dev-runtime';
import { jsx, jsxs } from 'preact/jsx-runtime';
import * as z from 'zod/mini';
import { PLATFORM_IDS, PLATFORMS } from '../platforms/registry';
import { defineSetting, onSettingChanged, readSetting, writeSetting } from '../settings/store';

/**
 * One Preact and one zod/mini for both scripts of a platform page (issue #16: a page carries at most 100 kB of our
 * code). The overlay (content-scripts/platform.js, loaded with the page) publishes them here; the field engine
 * (content-scripts/fields.js, injected by the background into the same frame once the overlay is up) is built
 * without them: its imports of `preact`, `preact/hooks`, `preact/jsx-runtime`, `preact/jsx-dev-runtime` and
 * `zod/mini` resolve to shims that read this object (wxt.config.ts). Both scripts run in the extension's isolated world, whose `globalThis` the page
 * cannot see; the property is non-enumerable, read-only and under a symbol. One instance also means one Preact
 * `options`, so hooks are installed once, and one zod.
 *
 * Only what the field engine uses is published, each name read statically so that the overlay's build keeps just
 * those (the whole zod/mini namespace would cost some 370 kB). The field engine's build fails on a name missing
 * here: add it, and watch the overlay's 60 kB budget (`node scripts/size.mjs`).
 */
export const SHARED_LIBS = Symbol.for('tianbao.shared-libs');

export const sharedLibs = {
  preact: { Fragment, render },
  'preact/hooks': { useEffect, useLayoutEffect, useRef, useState },
  'preact/jsx-runtime': { Fragment, jsx, jsxs },
  // A development build (`npm run dev`, `--mode development`) compiles JSX to `jsxDEV` of preact/jsx-dev-runtime.
  // Preact maps that entry to the same file as jsx-runtime, whose `jsxDEV` is its `jsx`: the production overlay
  // gains no byte, and both modes of the field engine find what they import.
  'preact/jsx-dev-runtime': { Fragment, jsxDEV },
  'zod/mini': {
    array: z.array,
    boolean: z.boolean,
    enum: z.enum,
    literal: z.literal,
    maxLength: z.maxLength,
    minLength: z.minLength,
    nullable: z.nullable,
    number: z.number,
    object: z.object,
    optional: z.optional,
    record: z.record,
    refine: z.refine,
    regex: z.regex,
    string: z.string,
    superRefine: z.superRefine,
    union: z.union,
  },
  // Our own modules the overlay carries anyway: the platforms (data) and the settings' reading and writing (their
  // schemas stay with each setting). One copy of each in the page instead of two (#16: about 3.7 kB).
  '@/utils/platforms/registry': { PLATFORM_IDS, PLATFORMS },
  '@/utils/settings/store': { defineSetting, onSettingChanged, readSetting, writeSetting },
};

export type SharedLibs = typeof sharedLibs;

/**
 * Called first thing by the overlay's script: the field engine, injected later into its frame, reads it. The table
 * is frozen two levels deep: itself and each module's table of names. The functions are not, and Preact's `options`
 * is not published at all: preact/hooks installs its hooks by assigning to `options` (options.__b, options.__r, …),
 * so that object must stay mutable; it lives inside the overlay's Preact, which both scripts render through.
 */
export function publishSharedLibs(scope: object = globalThis): void {
  if (Object.hasOwn(scope, SHARED_LIBS)) return;
  for (const names of Object.values(sharedLibs)) Object.freeze(names);
  Object.defineProperty(scope, SHARED_LIBS, { value: Object.freeze(sharedLibs), enumerable: false, writable: false });
}
