package nl.pil.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void givesAValueBackOnlyForTheSameFingerprint() {
        Memo<String> memo = new Memo<>();
        assertEquals(Optional.empty(), memo.get("ct/nl.md", "f1"));
        memo.put("ct/nl.md", "f1", "parsed");
        assertEquals(Optional.of("parsed"), memo.get("ct/nl.md", "f1"));
        assertEquals(Optional.empty(), memo.get("ct/nl.md", "f2"), "the file changed");
        assertEquals(Optional.empty(), memo.get("mri/nl.md", "f1"));
        assertEquals(1, memo.hits());
        memo.put("ct/nl.md", "f2", "parsed again");
        assertEquals(Optional.of("parsed again"), memo.get("ct/nl.md", "f2"));
        assertEquals(Optional.empty(), memo.get("ct/nl.md", "f1"), "replaced");
        assertEquals(2, memo.hits());
        memo.put("mri/nl.md", "f3", "mri");
        memo.retainOnly(Set.of("mri/nl.md"));
        assertEquals(Optional.empty(), memo.get("ct/nl.md", "f2"), "forgotten: the file was deleted");
        assertEquals(Optional.of("mri"), memo.get("mri/nl.md", "f3"));
    }
}
