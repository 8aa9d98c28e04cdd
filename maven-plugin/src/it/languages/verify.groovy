def site = new File(basedir, 'target/pil-site')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert new File(site, 'nl/ct-scan/index.html').isFile()
assert !new File(site, 'en').exists() : 'no English pages'
assert !new File(site, 'nl/ct-scan/index.html').getText('UTF-8').contains('hreflang="en"') : 'no link to an English page'
def meta = new groovy.json.JsonSlurper().parse(new File(site, '_search/meta.json'))
assert meta.languages == ['nl']
assert log =~ /\[INFO\] Pil built 1 leaflet, 1 page \(html, index\) into /
return true
