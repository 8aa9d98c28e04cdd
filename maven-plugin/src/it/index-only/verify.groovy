def site = new File(basedir, 'target/pil-site')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert new File(site, '_search/meta.json').isFile()
['nl', 'en'].each { assert new File(site, "_search/${it}").isDirectory() : "no search index for ${it}" }
assert !new File(site, 'index.html').exists() : 'no pages'
assert log =~ /\[INFO\] Pil built 1 leaflet, 2 pages \(index\) into /
return true
