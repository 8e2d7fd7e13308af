import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `nbrun preview` (FlyingFox, bound to 127.0.0.1 only): serves the session's pages and answers
/// the reload script's long poll as soon as a newer build exists.
public enum PreviewServer {
    /// How long one long poll waits for a new build before answering with the current one.
    static let pollSeconds = 10.0

    /// Starts serving `session` on `port` (0 picks a free one) and returns the server and the port it listens on.
    public static func start(_ session: PreviewSession, port: UInt16) async throws -> (server: HTTPServer, port: UInt16) {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let server = HTTPServer(address: address, timeout: pollSeconds + 20, logger: .disabled)
        await server.appendRoute(HTTPRoute(LiveReload.changesPath)) { request in
            let since = Int(request.query["since"] ?? "") ?? 0
            let deadline = Date().addingTimeInterval(pollSeconds)
            while session.currentBuild <= since && Date() < deadline {
                try await Task.sleep(nanoseconds: 10_000_000)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: Data("{\"build\":\(session.currentBuild)}".utf8))
        }
        // Browsers ask for it on their own; no answer would log a console error on every page.
        await server.appendRoute("GET /favicon.ico") { _ in HTTPResponse(statusCode: .noContent) }
        await server.appendRoute("GET *") { request in
            guard let file = session.file(at: request.path) else {
                return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: Data("not found: \(request.path)\n".utf8))
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: file.contentType, .cacheControl: "no-store"],
                                body: file.data)
        }
        let task = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            task.cancel()
            if let failure = try? await task.value { _ = failure }
            throw PreviewError("cannot listen on 127.0.0.1:\(port)")
        }
        guard case .ip4(_, let actualPort)? = await server.listeningAddress else {
            throw PreviewError("cannot listen on 127.0.0.1:\(port)")
        }
        return (server, actualPort)
    }
}
