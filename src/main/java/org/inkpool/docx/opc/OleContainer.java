package org.inkpool.docx.opc;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.inkpool.model.UnreadableDocumentException;
import org.inkpool.model.UnreadableDocumentException.Reason;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * An OLE2 (compound file) named like a Word document: a password-protected .docx, a legacy binary .doc,
 * or something else. A .docx protected only with Office's default password ("VelvetSweatshop", used for
 * documents that are encrypted but open without asking) is decrypted and read.
 */
public final class OleContainer {
    private OleContainer() {
    }

    /** The decrypted package of an encrypted .docx that opens without a password; otherwise fails with the reason. */
    public static OPCPackage open(Path file) throws UnreadableDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return decryptWithDefaultPassword(fs);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                throw new UnreadableDocumentException(Reason.UNSUPPORTED,
                        "This is a legacy Word 97-2003 document (.doc), which the .docx reader does not read");
            }
            throw new UnreadableDocumentException(Reason.NOT_WORD,
                    "This is an OLE2 compound file without a Word document inside");
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new UnreadableDocumentException(Reason.CORRUPT,
                    "The file looks like an Office compound file but is damaged", e);
        }
    }

    private static OPCPackage decryptWithDefaultPassword(POIFSFileSystem fs) throws UnreadableDocumentException {
        Decryptor decryptor;
        boolean opensWithoutPassword;
        try {
            decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            opensWithoutPassword = decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (Exception e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED,
                    "The document is encrypted with a method that cannot be read", e);
        }
        if (!opensWithoutPassword) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED,
                    "The document is password-protected (encrypted) and cannot be opened");
        }
        try (InputStream in = decryptor.getDataStream(fs)) {
            return OPCPackage.open(in);
        } catch (Exception e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, "The encrypted document is damaged", e);
        }
    }
}
