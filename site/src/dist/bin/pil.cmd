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

"%JAVA_EXE%" %PIL_JAVA_OPTS% --enable-native-access=ALL-UNNAMED -cp "%PIL_HOME%\lib\*" nl.pil.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
echo pil: no Java 21 or newer found (looked at JAVA_HOME and java on the PATH); install Temurin 21 or newer, or set JAVA_HOME 1>&2
exit /b 2
