def log = new File(basedir, 'build.log').getText('UTF-8')
def jdk = new File(System.getProperty('java.home')).canonicalPath

assert log.contains("[INFO] Pil runs on Java ${Runtime.version().feature()} in ${jdk} (from toolchains.xml; Maven runs on Java 17)")
assert log.contains('[INFO] Pil checked 1 leaflet in ')
assert new File(basedir, 'target/pil/check.sarif').isFile()
assert log.contains('BUILD SUCCESS')
return true
