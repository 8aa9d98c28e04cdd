def log = new File(basedir, 'build.log').getText('UTF-8')
def path = { String p -> new File(basedir, p).absoluteFile.toPath().normalize().toString() }

assert log.contains("[ERROR] ${path('content/ct-scan/nl.md')}:16:1: card of unknown leaflet 'mri' (hint: did you mean 'mri-scan'? ")
assert log.contains("[ERROR] ${path('content/mri-scan/nl.md')}:6:13: unknown department 'radiolgy' (hint: did you mean 'radiology'? ")
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] Failed to execute goal nl\.pil:pil-maven-plugin:[^:]+:build \(default\) on project content-error: Pil found 2 errors and 0 warnings in \S+content; \S+pil-site was not changed/
assert !new File(basedir, 'target/pil-site').exists() : 'nothing is written on errors'
return true
