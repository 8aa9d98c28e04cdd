package nl.pil.render;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a template may do: the users' templates are code Pil runs, so FreeMarker is set up to give them data and
 * nothing else.
 *
 * <ul>
 *   <li>No Java objects made from a template: {@code "…Execute"?new()}, {@code ObjectConstructor} and the like are
 *       refused ({@link TemplateClassResolver#ALLOWS_NOTHING_RESOLVER}); {@code ?api} is off. A template cannot change
 *       these with {@code <#setting>} (FreeMarker refuses that for both).</li>
 *   <li>Data only: the model Pil hands to templates ({@link TemplateModels}) is maps, lists, strings, numbers, booleans and
 *       Pil's own functions such as {@code msg}. {@link PlainData} wraps exactly those and refuses any other Java
 *       object, so no bean's methods (and nothing that leads to a class, class loader or file) can ever reach a
 *       template, even if a later change puts one in the model by mistake; it also exposes no members of anything.</li>
 *   <li>Only template files: {@code <#include>} and {@code <#import>} names are relative to the template folders
 *       ({@code /x} is the root of the folders, {@code ../} above it is refused by FreeMarker's name format, backslashes
 *       too), and {@link FolderLoader} refuses a file whose real path (symbolic links resolved) lies outside its
 *       folder.</li>
 * </ul>
 */
final class TemplateSandbox {
    private TemplateSandbox() {}

    static void apply(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new PlainData());
        cfg.setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0); // also refuses "\" in names
    }

    /** Exposes no method, constructor or field of any class (toString only, for printing). */
    static final MemberAccessPolicy NO_MEMBERS = new MemberAccessPolicy() {
        private final ClassMemberAccessPolicy nothing = new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return false;
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            return nothing;
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    };

    /**
     * FreeMarker's default wrapping for strings, numbers, booleans, dates, maps, lists and arrays; anything else
     * (a bean, a record, an enum, a class) is an error instead of an object with methods.
     */
    static final class PlainData extends DefaultObjectWrapper {
        PlainData() {
            super(configuration(), true);
        }

        private static DefaultObjectWrapperBuilder configuration() {
            DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
            b.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
            b.setMemberAccessPolicy(NO_MEMBERS);
            return b;
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
            throw new TemplateModelException("Pil does not give templates Java objects ("
                    + obj.getClass().getName() + "); this is a bug in Pil's data model");
        }
    }

    /** A file named by a template lies outside the template folder it was looked up in (a symbolic link, usually). */
    static final class OutsideFolder extends IOException {
        final Path file;

        OutsideFolder(Path file, Path folder) {
            super("'" + file + "' leads outside the template folder " + folder
                    + "; Pil only reads templates inside it");
            this.file = file;
        }
    }

    /**
     * True when {@code file} (below {@code folder}) is, with every symbolic link resolved, still inside {@code folder}.
     * A file that does not exist is "inside": there is nothing to read.
     */
    static boolean inside(Path folder, Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.startsWith(folder.toAbsolutePath().normalize())) {
            return false;
        }
        if (!Files.exists(normal)) {
            return true;
        }
        try {
            return normal.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Templates from one user folder, the file's real path checked against the folder's on every look-up. */
    static final class FolderLoader implements TemplateLoader {
        private final Path folder;

        FolderLoader(Path folder) {
            this.folder = folder.toAbsolutePath().normalize();
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Path file = folder.resolve(name).normalize();
            if (name.startsWith("/") || name.contains("\\") || !file.startsWith(folder)) {
                throw new OutsideFolder(file, folder); // FreeMarker's name format keeps these out already
            }
            if (!Files.exists(file)) {
                return null; // not here (a dangling link included): the next folder, or the built-in templates
            }
            if (!inside(folder, file)) {
                throw new OutsideFolder(file, folder);
            }
            Path real = file.toRealPath();
            return Files.isRegularFile(real) ? real : null;
        }

        @Override
        public long getLastModified(Object source) {
            try {
                return Files.getLastModifiedTime((Path) source).toMillis();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return Files.newBufferedReader((Path) source, Charset.forName(encoding));
        }

        @Override
        public void closeTemplateSource(Object source) {}

        @Override
        public String toString() {
            return "template folder " + folder;
        }
    }
}
