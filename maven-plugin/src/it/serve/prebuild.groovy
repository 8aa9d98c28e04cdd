// Runs in the invoker's JVM before "mvn pil:serve" starts; the watcher thread outlives this script.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

def dir = basedir.absoluteFile
def logFile = new File(dir, 'build.log')
def result = new File(dir, 'serve-check.txt')
result.delete()

Thread.start('pil-serve-it-watcher') {
    def out = new StringBuilder()
    try {
        long deadline = System.currentTimeMillis() + 120_000
        def port = null
        while (port == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200)
            if (logFile.isFile()) {
                def m = logFile.getText('UTF-8') =~ /Pil: serving \S+ on http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C to stop\)/
                if (m.find()) {
                    port = m.group(1)
                }
            }
        }
        out << "port ${port}\n"
        if (port != null) {
            def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
            ['/nl/ct-scan/', '/api/search?q=eten&lang=nl'].each { path ->
                def response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:${port}${path}"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString())
                out << "GET ${path} ${response.statusCode()} ${response.body().contains('ct-scan') || response.body().contains('CT-scan')}\n"
            }
        }
    } catch (Throwable t) {
        out << "watcher failed: ${t}\n"
    } finally {
        // stop exactly the Maven JVM this test started: the one running pil:serve for this project's folder
        def stopped = ProcessHandle.allProcesses().filter { p ->
            def cmd = p.info().commandLine().orElse('')
            cmd.contains('pil:serve') && cmd.contains(dir.path) && p.info().command().orElse('').endsWith('java')
        }.toList()
        stopped.each { it.destroy() }
        out << "stopped ${stopped.size()}\n"
        result.text = out.toString()
    }
}
return true
