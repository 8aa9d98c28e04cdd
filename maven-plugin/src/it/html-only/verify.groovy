def site = new File(basedir, 'target/www')
def log = new File(basedir, 'build.log').getText('UTF-8')

['index.html', 'sitemap.xml', 'nl/ct-scan/index.html', 'en/ct-scan/index.html'].each { assert new File(site, it).isFile() : "missing ${it}" }
assert !new File(site, '_search/meta.json').exists() : 'no search index'
assert !new File(basedir, 'target/pil-site').exists()
def built = log =~ /\[INFO\] Pil built 1 leaflet, 2 pages \((html(, pdf)?)\) into \S+www in /
assert built.find()
if (!built.group(1).contains('pdf')) {
    // asked for by name: say that it was not written
    assert log.contains('[WARNING] Pil: the pdf output is not available in this version of Pil; skipped')
}
return true
