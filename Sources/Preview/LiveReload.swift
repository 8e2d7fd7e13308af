import Renderer

/// The script that makes a preview page reload itself after a rebuild, and the banner that shows a failed build.
///
/// Only the preview server adds them, when it serves a page; pages written by `nbrun render` never carry them.
public enum LiveReload {
    /// The path the script long-polls: it answers with the build number once it is greater than `since`.
    public static let changesPath = "/__nbrun/changes"
    /// The marker every injected script carries, so tests can tell a preview page from a published one.
    public static let marker = "data-nbrun-live-reload"

    /// `html` with the reload script (and, when `problems` is not empty, a banner listing them) before `</body>`.
    public static func inject(into html: String, build: Int, problems: String) -> String {
        var addition = ""
        if !problems.isEmpty {
            addition += "<pre \(marker)-problems style=\"position:fixed;left:0;right:0;bottom:0;max-height:40vh;"
                + "overflow:auto;margin:0;padding:0.75em 1em;background:#3b0d0d;color:#ffd7d7;font-size:13px;"
                + "z-index:1000;white-space:pre-wrap\">" + HTMLWriter.escape(problems) + "</pre>\n"
        }
        addition += "<script \(marker)>\n" + script(build: build) + "</script>\n"
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }

    /// A page shown before the first build has written anything.
    public static func placeholder(build: Int, message: String) -> String {
        inject(into: "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>nbrun preview</title></head>"
               + "<body><p>\(HTMLWriter.escape(message))</p></body></html>\n", build: build, problems: "")
    }

    /// Long-polls for a newer build, then reloads, keeping the scroll position.
    private static func script(build: Int) -> String {
        """
        (function () {
          var build = \(build), key = "nbrun-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
          function poll() {
            fetch("\(changesPath)?since=" + build, {cache: "no-store"})
              .then(function (response) { return response.json(); })
              .then(function (answer) {
                if (answer.build > build) {
                  sessionStorage.setItem(key, String(window.scrollY));
                  location.reload();
                } else { poll(); }
              })
              .catch(function () { setTimeout(poll, 1000); });
          }
          poll();
        })();

        """
    }
}
