// Verifies examples/hospital-site (the sample project users copy), run by the "example" invoker execution,
// which passes the cloned project's folder as exampleDir (basedir is this script's folder here).
def site = new File(exampleDir, 'target/pil-site')
def log = new File(exampleDir, 'build.log').getText('UTF-8')

['index.html', 'sitemap.xml', '_search/meta.json'].each { assert new File(site, it).isFile() : "missing ${it}" }
['ct-scan', 'mri-scan', 'ultrasound'].each { id ->
    ['nl', 'en'].each { assert new File(site, "${it}/${id}/index.html").isFile() : "missing ${it}/${id}" }
}
assert log =~ /\[INFO\] Pil built 3 leaflets, 6 pages \(html, index(, pdf)?\) into /
assert !log.contains('[ERROR]')
return true
