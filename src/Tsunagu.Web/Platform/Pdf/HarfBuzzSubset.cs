using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Tsunagu.Web.Platform.Pdf;

/// <summary>
/// Cuts a font down to the characters one document uses. Skia embeds TrueType fonts whole (5 MB for Noto Sans JP)
/// because its native build has no subsetter, but the HarfBuzz library that SkiaSharp.HarfBuzz ships exports hb_subset.
/// HarfBuzzSharp does not wrap it, hence these few imports (research/stack-probe.md §3).
/// </summary>
internal static partial class HarfBuzzSubset
{
    // Same library name HarfBuzzSharp itself imports, so the runtime finds the copy from HarfBuzzSharp.NativeAssets.*.
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: hinting instructions only matter on screens at small sizes, not in printed PDFs.
    private const uint NoHinting = 0x1;

    // hb_subset_sets_t HB_SUBSET_SETS_DROP_TABLE_TAG.
    private const int DropTableTags = 3;

    // Text is drawn glyph by glyph from cmap without shaping, so the layout tables are dead weight; worse, closing
    // over their substitutions (vertical forms, ligatures) is most of the cost of subsetting a CJK font.
    private static readonly uint[] s_unusedTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("BASE")];

    /// <summary>The TrueType bytes of <paramref name="face"/> reduced to <paramref name="codePoints"/>.</summary>
    public static byte[] Subset(Face face, IEnumerable<int> codePoints)
    {
        var input = InputCreateOrFail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("hb_subset_input_create_or_fail returned null.");
        }
        try
        {
            var unicodes = InputUnicodeSet(input);
            foreach (var c in codePoints)
            {
                SetAdd(unicodes, (uint)c);
            }
            InputSetFlags(input, NoHinting);
            var dropped = InputSet(input, DropTableTags);
            foreach (var tag in s_unusedTables)
            {
                SetAdd(dropped, tag);
            }
            var subset = SubsetOrFail(face.Handle, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("hb_subset_or_fail could not subset the font.");
            }
            try
            {
                var blob = FaceReferenceBlob(subset);
                try
                {
                    var data = BlobGetData(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    BlobDestroy(blob);
                }
            }
            finally
            {
                FaceDestroy(subset);
            }
        }
        finally
        {
            InputDestroy(input);
        }
    }

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    private static partial IntPtr InputCreateOrFail();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    private static partial IntPtr InputUnicodeSet(IntPtr input);

    private static uint Tag(string name) => (uint)((name[0] << 24) | (name[1] << 16) | (name[2] << 8) | name[3]);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    private static partial IntPtr InputSet(IntPtr input, int set);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    private static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    private static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    private static partial void SetAdd(IntPtr set, uint codePoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    private static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    private static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    private static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    private static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    private static partial void BlobDestroy(IntPtr blob);
}
