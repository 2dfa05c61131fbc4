// Preloaded into a spawned process (node --import): writes its peak resident set size in kilobytes
// to the file named by SAMPLAN_MAX_RSS_FILE when it exits, so a test can check a memory bound.
import fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.SAMPLAN_MAX_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
