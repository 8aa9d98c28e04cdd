// The site, its search index and (once Pil has them) the PDF handouts exist; warnings are logged as path:line:col.
def site = new File(basedir, 'target/pil-site')
def log = new File(basedir, 'build.log').getText('UTF-8')
def path = { String p -> new File(basedir, p).absoluteFile.toPath().normalize().toString() }

['index.html', '404.html', 'sitemap.xml', 'robots.txt', 'assets/pil.css',
 'nl/index.html', 'en/index.html', 'nl/search/index.html', 'en/search/index.html',
 'nl/ct-scan/index.html', 'en/ct-scan/index.html', 'nl/ct-scan/route.png',
 'nl/mri-scan/index.html', 'en/mri-scan/index.html', 'nl/aftercare/index.html',
 '_search/meta.json'].each { assert new File(site, it).isFile() : "missing ${it}" }
assert !new File(site, 'en/aftercare').exists() : 'no page for an untranslated leaflet'
['nl', 'en'].each { assert new File(site, "_search/${it}").isDirectory() : "no search index for ${it}" }
assert new File(site, 'en/mri-scan/index.html').getText('UTF-8').contains('CT scan')
assert new File(site, 'sitemap.xml').getText('UTF-8').contains('https://folders.test.example/nl/ct-scan/')

assert log.contains("[WARNING] ${path('content/mri-scan/en.md')}:12:25: raw HTML is not allowed and is shown as plain text (hint: ")
def built = log =~ /\[INFO\] Pil built 3 leaflets, 5 pages \((html, index(, pdf)?)\) into .*pil-site in [0-9.]+ s; 1 warning/
assert built.find()
def formats = built.group(1)
assert log.contains('[INFO] Pil checked 3 leaflets in ')
// pil:check writes its SARIF report, file names relative to the project
def sarif = new File(basedir, 'target/pil/check.sarif')
assert sarif.isFile() : 'no SARIF report'
def report = new groovy.json.JsonSlurper().parse(sarif, 'UTF-8')
assert report.version == '2.1.0'
def raw = report.runs[0].results.find { it.ruleId == 'raw-html' }
assert raw.level == 'warning'
assert raw.locations[0].physicalLocation.artifactLocation.uri == 'content/mri-scan/en.md'
assert raw.locations[0].physicalLocation.region.startLine == 12
assert log.contains("[INFO] Pil wrote its report (sarif) to ${sarif.absoluteFile.toPath().normalize()}")
assert !log.contains('[ERROR]')

def pdfs = []
site.eachFileRecurse { if (it.name.endsWith('.pdf')) pdfs << it }
assert !log.contains('[WARNING] Pil:') : 'no warning about outputs: formats is not configured, so every one there is'
if (!formats.contains('pdf')) {
    println 'This version of Pil has no PDF output: PDFs not checked'
    assert pdfs.isEmpty()
} else {
    assert !pdfs.isEmpty() : 'no PDF handouts written'
    pdfs.each { assert it.bytes.length > 1000 && new String(it.bytes, 0, 5, 'ISO-8859-1') == '%PDF-' : "not a PDF: ${it}" }
    // the care-path packet (content/bundles/scans.yaml) is made with the site, in each of its languages
    ['nl', 'en'].each { assert new File(site, "${it}/bundles/scans/scans-${it}.pdf").isFile() : "no ${it} packet" }
}
['nl', 'en'].each { assert new File(site, "${it}/bundles/scans/index.html").isFile() : "no ${it} packet page" }
// Maven on Java 17 (the java-17 execution): Pil ran in a forked Java 21+ it found by itself; else in Maven's JVM
def forked = log =~ /\[INFO\] Pil runs on Java (\d+) in \S+ \(from ([^;]+); Maven runs on Java (\d+)\)/
if (binding.hasVariable('expectedMavenJava')) {
    assert forked.find() : 'Pil did not fork'
    assert (forked.group(1) as int) >= 21
    assert forked.group(3) == expectedMavenJava
    println "Pil ran on Java ${forked.group(1)} found through ${forked.group(2)}"
} else {
    assert !forked.find() : 'Maven on Java 21+ runs Pil in its own JVM'
}
// the maven-3.9 execution runs this project with a second Maven: make sure it did
println "Maven ${mavenVersion}"
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
return true
