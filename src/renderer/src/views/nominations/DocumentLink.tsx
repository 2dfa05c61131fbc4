/**
 * A reference to a document the nomination does not store: a web address is a link (the app's navigation
 * guard opens allow-listed sites in the system browser and refuses the rest); a file path is shown as text
 * to copy, since the renderer has no way to open files.
 */
export function DocumentLink({ link }: { link: string }) {
  if (/^https:\/\/[^\s]+$/.test(link)) {
    return (
      <a href={link} target="_blank" rel="noopener noreferrer" className="document-link">
        {link}
      </a>
    );
  }
  return <span className="document-link document-link--path">{link}</span>;
}
