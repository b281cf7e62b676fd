using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tsunagu.Tests.Support;

/// <summary>Just enough SMTP on 127.0.0.1 to receive one message, without TLS or authentication.</summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task<string> _received;

    public FakeSmtpServer()
    {
        _listener.Start();
        _received = ReceiveOneAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The DATA of the first message, dot-unstuffed, or an exception after ten seconds.</summary>
    public Task<string> MessageAsync() => _received.WaitAsync(TimeSpan.FromSeconds(10));

    private async Task<string> ReceiveOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ESMTP test");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            if (command == "DATA")
            {
                await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                while (await reader.ReadLineAsync() is { } body && body != ".")
                {
                    data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync(command is "EHLO" or "HELO" ? "250 localhost" : "250 ok");
            }
        }
        return data.ToString();
    }

    public void Dispose() => _listener.Stop();
}
