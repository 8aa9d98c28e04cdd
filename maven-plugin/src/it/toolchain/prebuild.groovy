// The JDK that runs the invoker (21+, as building Pil needs it) is the toolchain.
def jdk = new File(System.getProperty('java.home')).canonicalPath
def version = Runtime.version().feature()
new File(basedir, 'toolchains.xml').setText("""<?xml version="1.0" encoding="UTF-8"?>
<toolchains>
  <toolchain>
    <type>jdk</type>
    <provides><version>${version}</version></provides>
    <configuration><jdkHome>${jdk}</jdkHome></configuration>
  </toolchain>
</toolchains>
""", 'UTF-8')
return true
