// Stages a "previous SDK" in the ITs' local repository: a jar carrying its model as
// META-INF/docsdk/demo-2023-01-01.json, as SDK jars built with docsdk do.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def dir = new File(localRepositoryPath, 'com/example/it/demo-sdk/1.2.0')
dir.mkdirs()
new File(dir, 'demo-sdk-1.2.0.pom').text = '''<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.it</groupId>
  <artifactId>demo-sdk</artifactId>
  <version>1.2.0</version>
</project>
'''
new File(dir, 'demo-sdk-1.2.0.jar').withOutputStream { out ->
  def zip = new ZipOutputStream(out)
  zip.putNextEntry(new ZipEntry('META-INF/docsdk/demo-2023-01-01.json'))
  zip << new File(basedir, 'baseline/demo-2023-01-01.json').bytes
  zip.closeEntry()
  zip.close()
}
return true
