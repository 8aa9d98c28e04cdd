def log = new File(basedir, 'build.log').getText('UTF-8')
def home = new File(java17Home).canonicalPath

assert log =~ /\[ERROR\] Failed to execute goal nl\.pil:pil-maven-plugin:[^:]+:check \(default-cli\) on project java-too-old: /
assert log.contains("Pil needs Java 21 or newer, but pil.javaHome ${home} is Java 17; point it at a JDK 21 or newer")
assert !log.contains('UnsupportedClassVersionError')
assert !log.contains('class file version')
assert !new File(basedir, 'target/pil').exists()
return true
