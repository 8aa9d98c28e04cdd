@echo off
rem Pil launcher for Windows: runs the tool from ..\lib with Java 21 or newer (JAVA_HOME, else java on the PATH).
rem Minimal and untested by the project's build, which runs on Linux; see README.md.
setlocal
set "PIL_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"

set "JAVA_MAJOR="
for /f "tokens=2 delims==" %%v in ('cmd /c ""%JAVA_EXE%" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version""') do set "JAVA_MAJOR=%%v"
if defined JAVA_MAJOR set "JAVA_MAJOR=%JAVA_MAJOR: =%"
if not defined JAVA_MAJOR goto nojava
if %JAVA_MAJOR% LSS 21 goto nojava

rem JVM start-up (docs/build-speed.md in the sources): C1 only, and a class-data-sharing archive that the JVM writes
rem itself and rewrites when the jars or Java change, in %LOCALAPPDATA%\pil\jvm; none when that cannot be made or
rem holds a space (the options would split), or with PIL_JVM_CACHE=off. PIL_JAVA_OPTS come last and win.
set "JVM_OPTS=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "JVM_OPTS="
rem on two processors or fewer, G1's own threads compete with the searches (docs/build-speed.md)
rem (not when PIL_JAVA_OPTS choose a collector: the JVM refuses two)
set "PIL_GC_CHOSEN="
if defined PIL_JAVA_OPTS echo %PIL_JAVA_OPTS% | findstr /r /c:"-XX:+Use.*GC" >nul && set "PIL_GC_CHOSEN=1"
if /i "%~1"=="serve" if not defined PIL_GC_CHOSEN if %NUMBER_OF_PROCESSORS% LEQ 2 set "JVM_OPTS=-XX:+UseSerialGC"
rem translations --stamp reads one leaflet at a time: a small heap is all it needs
if /i "%~1"=="translations" if not defined PIL_GC_CHOSEN (echo %* | findstr /c:"--stamp" >nul && set "JVM_OPTS=%JVM_OPTS% -XX:+UseSerialGC")
if /i "%~1"=="watch" set "JVM_OPTS="
set "JVM_CACHE=%PIL_CACHE_DIR%"
if not defined JVM_CACHE if defined LOCALAPPDATA set "JVM_CACHE=%LOCALAPPDATA%\pil"
if /i "%PIL_JVM_CACHE%"=="off" set "JVM_CACHE="
if defined JVM_CACHE if not "%JVM_CACHE: =%"=="%JVM_CACHE%" set "JVM_CACHE="
if defined JVM_CACHE if not exist "%JVM_CACHE%\jvm" mkdir "%JVM_CACHE%\jvm" >nul 2>&1
rem the JVM fails at exit when it cannot write the archive: try the folder first
if defined JVM_CACHE (type nul >"%JVM_CACHE%\jvm\.probe" 2>nul && del "%JVM_CACHE%\jvm\.probe" >nul 2>&1 || set "JVM_CACHE=")
if defined JVM_CACHE set "JVM_OPTS=%JVM_OPTS% -XX:SharedArchiveFile=%JVM_CACHE%\jvm\pil-%JAVA_MAJOR%.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off"

"%JAVA_EXE%" %JVM_OPTS% %PIL_JAVA_OPTS% --enable-native-access=ALL-UNNAMED -cp "%PIL_HOME%\lib\*" nl.pil.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
echo pil: no Java 21 or newer found (looked at JAVA_HOME and java on the PATH); install Temurin 21 or newer, or set JAVA_HOME 1>&2
exit /b 2
