using System.Xml;
using System.Xml.Linq;
using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>Reads XML from scanned trees as untrusted data: no DTD, no external resolution.</summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        CloseInput = true,
    };

    /// <summary>
    /// For data files that legitimately start with a DOCTYPE (mapping files ported from Hibernate): the DTD is skipped, never read
    /// or resolved, so an entity it declares stays undeclared and a reference to it makes the file malformed.
    /// </summary>
    private static readonly XmlReaderSettings IgnoringDtd = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        CloseInput = true,
    };

    /// <summary>Loads <paramref name="path"/>; a malformed file (or one carrying a DTD) becomes an <see cref="InputException"/>.</summary>
    public static XDocument Load(string path) => Load(path, Settings);

    /// <summary>Loads <paramref name="path"/> skipping any DTD (nothing declared there is applied); a malformed file becomes an <see cref="InputException"/>.</summary>
    public static XDocument LoadIgnoringDtd(string path) => Load(path, IgnoringDtd);

    private static XDocument Load(string path, XmlReaderSettings settings)
    {
        try
        {
            using var reader = XmlReader.Create(File.OpenRead(path), settings);
            return XDocument.Load(reader, System.Xml.Linq.LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InputException(path, "not well-formed XML: " + ex.Message);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message);
        }
    }

    /// <summary>Loads XML, returning null instead of throwing (for optional side files like packages.config).</summary>
    public static XDocument? TryLoad(string path)
    {
        try
        {
            return File.Exists(path) ? Load(path) : null;
        }
        catch (InputException)
        {
            return null;
        }
    }
}
