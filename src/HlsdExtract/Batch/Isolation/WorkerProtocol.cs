using System.Buffers.Binary;
using System.Text.Json;
using HlsdExtract.Contracts;

namespace HlsdExtract.Batch.Isolation;

/// <summary>
/// The frames between a batch and a parser worker on the worker's stdin and stdout: each frame is
/// a 4-byte little-endian length and that many bytes. A request is two frames (the reader's format
/// and path as JSON, then the input's bytes); a reply is one JSON frame.
/// </summary>
internal static class WorkerProtocol
{
    /// <summary>Largest frame either side accepts: an input over the batch's size limit never gets here.</summary>
    public const int MaxFrameBytes = 1 << 30;

    public static void WriteRequest(Stream stream, string format, string path, ReadOnlySpan<byte> bytes)
    {
        WriteFrame(stream, JsonSerializer.SerializeToUtf8Bytes(new WorkerRequest(format, path), WorkerJson.Default.WorkerRequest));
        WriteFrame(stream, bytes);
        stream.Flush();
    }

    /// <summary>The next request, or null when the batch closed the pipe (the worker's cue to exit).</summary>
    public static (WorkerRequest Request, byte[] Bytes)? ReadRequest(Stream stream)
    {
        var header = ReadFrame(stream);
        if (header is null)
        {
            return null;
        }

        var request = JsonSerializer.Deserialize(header, WorkerJson.Default.WorkerRequest) ?? throw new InvalidDataException("empty worker request");
        var bytes = ReadFrame(stream) ?? throw new EndOfStreamException("worker request without its bytes");
        return (request, bytes);
    }

    public static void WriteReply(Stream stream, WorkerReply reply)
    {
        WriteFrame(stream, JsonSerializer.SerializeToUtf8Bytes(reply, WorkerJson.Default.WorkerReply));
        stream.Flush();
    }

    /// <summary>The worker's reply, or null when its stdout closed first (it died).</summary>
    public static WorkerReply? ReadReply(Stream stream) =>
        ReadFrame(stream) is { } frame ? JsonSerializer.Deserialize(frame, WorkerJson.Default.WorkerReply) : null;

    private static void WriteFrame(Stream stream, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }

    private static byte[]? ReadFrame(Stream stream)
    {
        var length = new byte[4];
        if (stream.ReadAtLeast(length, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"worker frame of {size} bytes");
        }

        var bytes = new byte[size];
        return stream.ReadAtLeast(bytes, size, throwOnEndOfStream: false) < size ? null : bytes;
    }
}

/// <summary>What a worker is asked to read: which reader (by <see cref="IFormatReader.Format"/>) and the input's path.</summary>
internal sealed record WorkerRequest(string Format, string Path);

/// <summary>A worker's answer: the decoded text and its metadata, or the reader's error message.</summary>
internal sealed record WorkerReply(string? Error, string? Text, string? Encoding, int InvalidBytes, string? Title, string? SourceUrl, string? PublishedDate)
{
    public static WorkerReply From(DecodedText text) =>
        new(null, text.Text, text.Encoding, text.InvalidBytes, text.Title, text.SourceUrl, text.PublishedDate);

    public DecodedText ToDecodedText() =>
        Error is not null
            ? throw new InvalidDataException(Error)
            : new DecodedText(Text ?? "", Encoding ?? "", InvalidBytes) { Title = Title, SourceUrl = SourceUrl, PublishedDate = PublishedDate };
}
