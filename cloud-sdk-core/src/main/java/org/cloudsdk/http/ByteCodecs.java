package org.cloudsdk.http;

import java.util.List;

import org.springframework.core.codec.ByteArrayDecoder;
import org.springframework.core.codec.ByteArrayEncoder;
import org.springframework.core.codec.ByteBufferDecoder;
import org.springframework.core.codec.ByteBufferEncoder;
import org.springframework.core.codec.CharSequenceEncoder;
import org.springframework.core.codec.DataBufferDecoder;
import org.springframework.core.codec.DataBufferEncoder;
import org.springframework.core.codec.StringDecoder;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/**
 * The codecs of a transport that builds its own WebClient: bytes, byte buffers, data buffers and
 * text, nothing else. The transport reads and writes bodies as bytes and parses JSON with
 * {@link Json}'s one mapper, so WebClient's default set is never used; yet creating it is the
 * largest single cost of starting a context (about 0.3 s of a command-line tool's start on this
 * stack: the first use of {@link ExchangeStrategies#withDefaults()} builds every default reader
 * and writer, a second Jackson mapper among them). A transport given a WebClient.Builder (Spring
 * Boot's) keeps that builder's codecs.
 */
final class ByteCodecs implements ExchangeStrategies {

    static final ByteCodecs INSTANCE = new ByteCodecs();

    private final List<HttpMessageReader<?>> readers = List.of(
            new DecoderHttpMessageReader<>(new ByteArrayDecoder()),
            new DecoderHttpMessageReader<>(new ByteBufferDecoder()),
            new DecoderHttpMessageReader<>(new DataBufferDecoder()),
            new DecoderHttpMessageReader<>(StringDecoder.allMimeTypes()));

    private final List<HttpMessageWriter<?>> writers = List.of(
            new EncoderHttpMessageWriter<>(new ByteArrayEncoder()),
            new EncoderHttpMessageWriter<>(new ByteBufferEncoder()),
            new EncoderHttpMessageWriter<>(new DataBufferEncoder()),
            new EncoderHttpMessageWriter<>(CharSequenceEncoder.allMimeTypes()));

    private ByteCodecs() {
    }

    @Override
    public List<HttpMessageReader<?>> messageReaders() {
        return readers;
    }

    @Override
    public List<HttpMessageWriter<?>> messageWriters() {
        return writers;
    }

    /** @return a builder that starts from these codecs only (WebClient asks for one when configured further) */
    @Override
    public Builder mutate() {
        return ExchangeStrategies.empty().codecs(configurer -> {
            readers.forEach(configurer.customCodecs()::register);
            writers.forEach(configurer.customCodecs()::register);
        });
    }
}
